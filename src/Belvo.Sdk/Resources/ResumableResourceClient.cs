using Belvo.Sdk.Http;
using Belvo.Sdk.Models;
using Belvo.Sdk.Pagination;

namespace Belvo.Sdk.Resources;

/// <summary>A data resource whose retrievals can be resumed after MFA with <c>PATCH /api/{resource}/</c>.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TListOptions">The resource's filters.</typeparam>
internal abstract class ResumableResourceClient<TItem, TListOptions>(BelvoConnection connection)
    : DeletableResourceClient<TItem, TListOptions>(connection), IResumableResource<IReadOnlyList<TItem>>
    where TListOptions : ListOptions, new()
{
    public Task<IReadOnlyList<TItem>> ResumeAsync(string session, string? token, Guid link, bool? saveData = null, BelvoRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Require.Id(link, nameof(link));
        var body = new ResumeRequest { Session = Require.Session(session, nameof(session)), Link = link, Token = token, SaveData = saveData };
        return ResumeCoreAsync(body, requestOptions, cancellationToken);
    }

    /// <summary>Sends the resume request: <c>PATCH /api/{resource}/</c>.</summary>
    protected abstract Task<IReadOnlyList<TItem>> ResumeCoreAsync(ResumeRequest request, BelvoRequestOptions? requestOptions, CancellationToken cancellationToken);
}
