using System.Reflection;
using System.Text.Json;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Fidelity;

/// <summary>
/// Calls any operation of the generator's operation table through the public API, with arguments that pass the
/// SDK's own checks: sample ids, a request read from the spec's property examples, a list's required filters. Lets a
/// test drive every operation without a line per operation, so a new operation is covered as soon as it is generated.
/// </summary>
internal static class OperationDriver
{
    public const string SampleSession = "2675b703b9d4451f8d4861a3eee54449";

    public static readonly Guid SampleId = Guid.Parse("0d3ffb69-f83b-456e-ad8e-208d0998d71d");

    /// <summary>Every public operation, named <c>Resource.Verb</c>, for theories.</summary>
    public static TheoryData<string> PublicOperations()
    {
        var data = new TheoryData<string>();
        foreach (var operation in BelvoSpec.Operations.Operations)
        {
            data.Add($"{operation.Resource}.{operation.Name}");
        }

        return data;
    }

    public static OperationModel Find(string name) =>
        BelvoSpec.Operations.Operations.Single(operation => $"{operation.Resource}.{operation.Name}" == name);

    /// <summary>The path Belvo receives for the operation with the driver's sample id.</summary>
    public static string PathOf(OperationModel operation) =>
        operation.Path.Replace("{id}", operation.HasId ? IdOf(operation).ToString()! : string.Empty, StringComparison.Ordinal);

    /// <summary>Calls the operation (a list's first page) and returns what it returned.</summary>
    public static async Task<object?> CallAsync(IBelvoClient client, OperationModel operation)
    {
        var resource = typeof(IBelvoClient).GetProperty(operation.Resource)!.GetValue(client)!;
        var methodName = operation.IsPublic ? operation.Name + "Async" : HandWrittenName(operation);
        var method = FindMethod(resource.GetType(), methodName);
        var arguments = method.GetParameters().Select(parameter => Argument(operation, parameter)).ToArray();
        var result = method.Invoke(resource, arguments);
        if (operation.Mode == ResponseMode.Page)
        {
            var getPage = result!.GetType().GetMethod(nameof(BelvoPageable<int>.GetPageAsync))!;
            result = getPage.Invoke(result, [null, CancellationToken.None]);
        }

        var task = (Task)result!;
        await task;
        return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
    }

    private static string HandWrittenName(OperationModel operation) => operation.Name + "Async";

    private static MethodInfo FindMethod(Type implementation, string name) =>
        implementation.GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(method => method.Name == name);

    private static object IdOf(OperationModel operation) =>
        BelvoSpec.Operations.Resources.Single(resource => resource.Name == operation.Resource).IdType == TypeRef.Int ? 7 : SampleId;

    private static object? Argument(OperationModel operation, ParameterInfo parameter) => parameter.Name switch
    {
        "id" => IdOf(operation),
        "options" => ListOptions(operation, parameter.ParameterType),
        "session" => SampleSession,
        "token" => "123456",
        "link" => SampleId,
        "request" when operation.Request is { } request && operation.IsPublic => Request(operation, request),
        "cancellationToken" => CancellationToken.None,
        _ => parameter.HasDefaultValue ? parameter.DefaultValue : null,
    };

    private static object ListOptions(OperationModel operation, Type type)
    {
        var options = Activator.CreateInstance(type)!;
        foreach (var filter in operation.Filters.Where(filter => filter.Required))
        {
            type.GetProperty(filter.Name)!.SetValue(options, filter.Type == TypeRef.Guid ? SampleId : "sample");
        }

        return options;
    }

    /// <summary>A request built from the spec's examples of its body's properties.</summary>
    private static object Request(OperationModel operation, TypeRef request)
    {
        var path = BelvoSpec.Document.Paths.Single(pair => pair.Key.TrimEnd('/') + "/" == operation.Path).Value;
        var body = path.Operations!.Single(pair => pair.Key.Method.Equals(operation.Method, StringComparison.OrdinalIgnoreCase)).Value
            .RequestBody!.Content!["application/json"].Schema!;
        var sample = SchemaSamples.Build(body)!;
        if (sample is System.Text.Json.Nodes.JsonObject period && period.ContainsKey("date_from") && period.ContainsKey("date_to"))
        {
            // A period every documented rule accepts: in the past, at least 90 days (incomes), at most 365 (invoices).
            period["date_from"] = "2024-01-01";
            period["date_to"] = "2024-06-30";
        }

        return JsonSerializer.Deserialize(sample.ToJsonString(), BelvoSpec.TypeInfo(BelvoSpec.ClrType(request)))!;
    }
}
