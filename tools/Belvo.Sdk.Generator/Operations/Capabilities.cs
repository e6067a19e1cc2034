using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Operations;

/// <summary>
/// Which shared capability interfaces (<c>IListableResource</c>, <c>IDeletableResource</c>, <c>IRetrievableResource</c>,
/// <c>IMfaRetrievableResource</c>) a resource implements, and so which of its operations the interface inherits rather
/// than declares.
/// </summary>
internal static class Capabilities
{
    public static IReadOnlyList<string> Of(ResourceModel resource, out ISet<OperationModel> covered)
    {
        var bases = new List<string>();
        covered = new HashSet<OperationModel>();
        var list = resource.Find("List");
        var get = resource.Find("Get");
        if (list is { IsPublic: true } && get is { IsPublic: true } && get.Result == list.Item)
        {
            bases.Add($"IListableResource<{list.Item!.CSharp}, {resource.IdType.CSharp}, {resource.ListOptions}>");
            covered.Add(list);
            covered.Add(get);
        }

        if (resource.Find("Delete") is { IsPublic: true } delete && resource.IdType == TypeRef.Guid)
        {
            bases.Add("IDeletableResource");
            covered.Add(delete);
        }

        var retrieve = resource.Find("Retrieve");
        var resume = resource.Find("Resume");
        if (retrieve is { IsPublic: true, Request: not null, Result: not null })
        {
            if (resume is { IsPublic: true, ResumeTakesSaveData: true } && resume.Result == retrieve.Result)
            {
                bases.Add($"IMfaRetrievableResource<{retrieve.Request.CSharp}, {retrieve.Result.CSharp}>");
                covered.Add(resume);
            }
            else
            {
                bases.Add($"IRetrievableResource<{retrieve.Request.CSharp}, {retrieve.Result.CSharp}>");
            }

            covered.Add(retrieve);
        }

        return bases;
    }
}
