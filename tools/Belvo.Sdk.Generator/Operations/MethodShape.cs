using Belvo.Sdk.Generator.Model;

namespace Belvo.Sdk.Generator.Operations;

/// <summary>A parameter of a generated method: its declaration and the XML doc that describes it.</summary>
internal sealed record Parameter(string Type, string Name, string? Default, string Doc)
{
    public string Declaration => Default is null ? $"{Type} {Name}" : $"{Type} {Name} = {Default}";
}

/// <summary>
/// The public shape of an operation's method: its name, parameters and return types, the same for every operation of
/// a verb (so it matches the shared capability interfaces), and what its body must check and send.
/// </summary>
internal sealed class MethodShape
{
    public MethodShape(ResourceModel resource, OperationModel operation, Func<TypeRef, bool> isModelType)
    {
        Operation = operation;
        Name = operation.Name + "Async";
        var parameters = new List<Parameter>();
        var state = new List<(string Name, string Value)>();
        var checks = new List<string>();
        if (operation.HasId)
        {
            parameters.Add(new Parameter(resource.IdType.CSharp, "id", null, operation.Name is "Get" or "Delete" ? "The item's identifier." : "The identifier of the item."));
            checks.Add("Require.Id(id, nameof(id));");
            state.Add(("Id", "id"));
        }

        switch (operation.Mode == ResponseMode.Page ? "List" : operation.Name)
        {
            case "List":
                parameters.Add(new Parameter($"{operation.ListOptions}?", "options", "null", "Filters and paging; <see langword=\"null\"/> lists everything."));
                state.Add(("Query", "(options ?? new()).ToQuery().Values"));
                break;
            case "Get":
                parameters.Add(new Parameter("FieldSelection?", "fields", "null", "Optionally, the fields to return or omit."));
                state.Add(("Query", "FieldSelection.ToQuery(fields)"));
                break;
            case "Resume":
                parameters.Add(new Parameter("string", "session", null, "The MFA session from <see cref=\"Errors.TokenRequiredException.Session\"/>."));
                parameters.Add(new Parameter("string?", "token", null, "The token the end user entered; <see langword=\"null\"/> when the challenge expects no input."));
                parameters.Add(new Parameter("Guid", "link", null, "The link from <see cref=\"Errors.TokenRequiredException.Link\"/>."));
                if (operation.ResumeTakesSaveData)
                {
                    parameters.Add(new Parameter("bool?", "saveData", "null", "Whether Belvo stores the data; <see langword=\"null\"/> keeps Belvo's default (true)."));
                }

                checks.Add("Require.Id(link, nameof(link));");
                var saveData = operation.ResumeTakesSaveData ? ", SaveData = saveData" : string.Empty;
                checks.Add($"var request = new {operation.Request!.CSharp} {{ Session = Require.Session(session, nameof(session)), Link = link, Token = token{saveData} }};");
                state.Add(("Request", "request"));
                break;
            default:
                if (operation.Request is { } request)
                {
                    if (operation.RequestOptional)
                    {
                        // Belvo takes the call without a body; an empty object is sent, which means "Belvo's defaults".
                        parameters.Add(new Parameter($"{request.CSharp}?", "request", "null", operation.Docs?.Request ?? "What to send to Belvo; <see langword=\"null\"/> for Belvo's defaults."));
                        checks.Add($"request ??= new {request.CSharp}();");
                    }
                    else
                    {
                        parameters.Add(new Parameter(request.CSharp, "request", null, operation.Docs?.Request ?? "What to send to Belvo."));
                    }

                    checks.Add(isModelType(request) ? "Require.Body(request, nameof(request));" : "Require.Request(request, nameof(request));");
                    if (operation.Validate)
                    {
                        checks.Add($"Validate{operation.Name}(request);");
                    }

                    state.Add(("Request", "request"));
                }

                break;
        }

        Parameters = parameters;
        State = state;
        Checks = checks;
        ValueType = operation.Mode == ResponseMode.None ? null : operation.Result!.CSharp;
        ReturnType = operation.Mode == ResponseMode.Page ? $"BelvoPageable<{operation.Item!.CSharp}>"
            : ValueType is null ? "Task" : $"Task<{ValueType}>";
        WithResponseReturnType = ValueType is null ? "Task<BelvoResponse>" : $"Task<BelvoResponse<{ValueType}>>";
    }

    public OperationModel Operation { get; }

    public string Name { get; }

    public string WithResponseName => Operation.Name + "WithResponseAsync";

    public string CoreName => Operation.Name + "CoreAsync";

    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>What the Refit call needs besides the Refit interface itself, passed as a named tuple (no closure).</summary>
    public IReadOnlyList<(string Name, string Value)> State { get; }

    /// <summary>Statements run before anything is sent: argument checks and the body of a resume.</summary>
    public IReadOnlyList<string> Checks { get; }

    /// <summary>The C# type of the value returned, or <see langword="null"/> when the operation answers no content.</summary>
    public string? ValueType { get; }

    public string ReturnType { get; }

    public string WithResponseReturnType { get; }

    public string Declarations(bool withDefaults = true) => string.Join(
        ", ",
        Parameters.Select(parameter => withDefaults ? parameter.Declaration : $"{parameter.Type} {parameter.Name}")
            .Concat(withDefaults
                ? ["BelvoRequestOptions? requestOptions = null", "CancellationToken cancellationToken = default"]
                : ["BelvoRequestOptions? requestOptions", "CancellationToken cancellationToken"]));

    public string Arguments => string.Join(", ", Parameters.Select(parameter => parameter.Name));
}
