using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;

namespace Belvo.Sdk.Generator.Emit;

/// <summary>
/// Writes a resource's generated layer from the operation table: the internal Refit interface (<c>I…Api</c>), the
/// public interface (<c>I…Client</c>) and its implementation (<c>…Client</c>), each partial so hand-written behaviour
/// can sit beside it in a file of its own.
/// </summary>
internal sealed class ResourceEmitter(ResourceModel resource, ModelSet models)
{
    public const string Namespace = "Belvo.Sdk";

    private readonly HashSet<string> _modelTypes = models.Types.Select(type => type.Name).ToHashSet(StringComparer.Ordinal);

    private IEnumerable<MethodShape> Shapes => resource.Operations.Select(operation => new MethodShape(resource, operation, IsModelType));

    public string EmitApi()
    {
        var writer = CodeWriter.File(Namespace, "Belvo.Sdk.Http", "Belvo.Sdk.Models", "Refit");
        var paths = string.Join(", ", resource.Operations.Select(operation => operation.Path).Distinct().Select(path => $"<c>{path}</c>"));
        writer.Line($"/// <summary>Belvo's {paths} operations as Refit sends them; each returns the raw answer, which <see cref=\"BelvoPipeline\"/> reads.</summary>");
        writer.Line($"internal interface {resource.Api}");
        using (writer.Block())
        {
            var first = true;
            foreach (var operation in resource.Operations)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Line($"[{Pascal(operation.Method)}(\"{operation.Path}\")]");
                if (operation.Header is { } header)
                {
                    writer.Line($"[Headers(\"{header}\")]");
                }

                var parameters = new List<string>();
                if (operation.HasId)
                {
                    parameters.Add($"{resource.IdType.CSharp} id");
                }

                if (operation.Name == "Get" || operation.Mode == ResponseMode.Page)
                {
                    parameters.Add("[Query] IDictionary<string, string> query");
                }

                if (operation.Request is { } request)
                {
                    parameters.Add($"[Body] {request.CSharp} request");
                }

                parameters.Add("[Property(BelvoCall.PropertyKey)] BelvoCall call");
                parameters.Add("CancellationToken cancellationToken");
                writer.Line($"Task<HttpResponseMessage> {operation.Name}Async({string.Join(", ", parameters)});");
            }
        }

        return writer.ToString();
    }

    public string EmitInterface()
    {
        var writer = CodeWriter.File(Namespace, "Belvo.Sdk.Models");
        writer.Line("/// <summary>");
        foreach (var line in Wrap(resource.Summary))
        {
            writer.Line($"/// {line}");
        }

        writer.Line("/// </summary>");
        var bases = Capabilities.Of(resource, out var covered);
        writer.Line($"public partial interface {resource.Interface}{(bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases))}");
        using (writer.Block())
        {
            var first = true;
            foreach (var shape in Shapes.Where(shape => shape.Operation.IsPublic && !covered.Contains(shape.Operation)))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                Docs(writer, shape, withResponse: false);
                writer.Line($"{shape.ReturnType} {shape.Name}({shape.Declarations()});");
                if (shape.Operation.Mode != ResponseMode.Page)
                {
                    writer.Line();
                    Docs(writer, shape, withResponse: true);
                    writer.Line($"{shape.WithResponseReturnType} {shape.WithResponseName}({shape.Declarations()});");
                }
            }
        }

        return writer.ToString();
    }

    public string EmitClient()
    {
        var writer = CodeWriter.File(Namespace, "Belvo.Sdk.Http", "Belvo.Sdk.Models", "Belvo.Sdk.Serialization");
        writer.Line($"/// <summary>Sends the operations of <see cref=\"{resource.Interface}\"/> through the request path (<see cref=\"BelvoPipeline\"/>).</summary>");
        writer.Line($"internal sealed partial class {resource.Class} : {resource.Interface}");
        using (writer.Block())
        {
            foreach (var operation in resource.Operations)
            {
                var visibility = operation.IsPublic ? "private" : "internal";
                writer.Line(
                    $"{visibility} static readonly BelvoOperation {operation.Name}Operation = new(\"{resource.Name}.{operation.Name}\", HttpMethod.{Pascal(operation.Method)}, \"{operation.Path}\", ResponseMode.{operation.Mode}, ReachesInstitution: {(operation.ReachesInstitution ? "true" : "false")});");
            }

            writer.Line();
            writer.Line("private readonly BelvoPipeline _pipeline;");
            writer.Line($"private readonly {resource.Api} _api;");
            writer.Line();
            writer.Line($"public {resource.Class}(BelvoPipeline pipeline)");
            using (writer.Block())
            {
                writer.Line("_pipeline = pipeline;");
                writer.Line($"_api = pipeline.CreateApi<{resource.Api}>();");
            }

            foreach (var shape in Shapes)
            {
                writer.Line();
                if (shape.Operation.Mode == ResponseMode.Page)
                {
                    List(writer, shape);
                    continue;
                }

                if (shape.Operation.IsPublic)
                {
                    Public(writer, shape);
                    writer.Line();
                }

                Core(writer, shape);
            }

            foreach (var shape in Shapes.Where(shape => shape.Operation.Validate))
            {
                writer.Line();
                writer.Line($"/// <summary>Checks what the spec cannot express about a {shape.Operation.Name} request; written by hand beside this class.</summary>");
                writer.Line($"static partial void Validate{shape.Operation.Name}({shape.Operation.Request!.CSharp} request);");
            }
        }

        return writer.ToString();
    }

    private void List(CodeWriter writer, MethodShape shape)
    {
        var operation = shape.Operation;
        var item = operation.Item!;
        var stateTypes = string.Join(", ", shape.State.Select(entry => $"{(entry.Name == "Id" ? resource.IdType.CSharp : "IDictionary<string, string>")} {entry.Name}"));
        var stateValues = string.Join(", ", shape.State.Select(entry => entry.Value));
        var refitArguments = string.Join(", ", shape.State.Select(entry => "state." + entry.Name).Append("sending").Append("ct"));
        writer.Line("/// <inheritdoc />");
        writer.Line($"public BelvoPageable<{item.CSharp}> {shape.Name}({shape.Declarations()})");
        using (writer.Block())
        {
            foreach (var check in shape.Checks)
            {
                writer.Line(check);
            }

            writer.Line($"return new PipelinePageable<({resource.Api} Api, {stateTypes}), {item.CSharp}>(");
            writer.Line("    _pipeline,");
            writer.Line($"    {operation.Name}Operation,");
            writer.Line($"    (_api, {stateValues}),");
            writer.Line($"    static (state, sending, ct) => state.Api.{operation.Name}Async({refitArguments}),");
            writer.Line($"    {TypeInfo(TypeRef.PageOf(item))},");
            writer.Line("    options?.MaxItems,");
            writer.Line("    requestOptions,");
            writer.Line("    cancellationToken);");
        }
    }

    private static void Public(CodeWriter writer, MethodShape shape)
    {
        var arguments = shape.Arguments.Length == 0 ? string.Empty : shape.Arguments + ", ";
        writer.Line("/// <inheritdoc />");
        writer.Line($"public {shape.ReturnType} {shape.Name}({shape.Declarations()}) =>");
        writer.Line($"    {shape.CoreName}({arguments}new BelvoCall({shape.Operation.Name}Operation, requestOptions), cancellationToken);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public async {shape.WithResponseReturnType} {shape.WithResponseName}({shape.Declarations()})");
        using (writer.Block())
        {
            writer.Line($"var call = new BelvoCall({shape.Operation.Name}Operation, requestOptions, captureResponse: true);");
            if (shape.ValueType is null)
            {
                writer.Line($"await {shape.CoreName}({arguments}call, cancellationToken).ConfigureAwait(false);");
                writer.Line("return call.Response!;");
            }
            else
            {
                writer.Line($"var value = await {shape.CoreName}({arguments}call, cancellationToken).ConfigureAwait(false);");
                writer.Line($"return new BelvoResponse<{shape.ValueType}>(value, call.Response!);");
            }
        }
    }

    private void Core(CodeWriter writer, MethodShape shape)
    {
        var operation = shape.Operation;
        var parameters = string.Join(", ", shape.Parameters.Select(parameter => $"{parameter.Type} {parameter.Name}"));
        var value = shape.ValueType ?? "NoBody.Nothing";
        var visibility = operation.IsPublic ? "private" : "internal";
        writer.Line($"{visibility} Task<{value}> {shape.CoreName}({(parameters.Length == 0 ? string.Empty : parameters + ", ")}BelvoCall call, CancellationToken cancellationToken)");
        using (writer.Block())
        {
            foreach (var check in shape.Checks)
            {
                writer.Line(check);
            }

            var refitArguments = string.Join(", ", shape.State.Select(entry => "state." + entry.Name).Append("sending").Append("ct"));
            string state;
            string send;
            if (shape.State.Count == 0)
            {
                state = "_api";
                send = $"static (api, sending, ct) => api.{operation.Name}Async(sending, ct)";
            }
            else
            {
                var stateTypes = string.Join(", ", shape.State.Select(entry => $"{entry.Name}: {entry.Value}"));
                state = $"(Api: _api, {stateTypes})";
                send = $"static (state, sending, ct) => state.Api.{operation.Name}Async({refitArguments})";
            }

            writer.Line("return _pipeline.SendAsync(");
            writer.Line("    call,");
            writer.Line($"    {state},");
            writer.Line($"    {send},");
            writer.Line($"    {Reader(operation)},");
            writer.Line("    cancellationToken);");
        }
    }

    private string Reader(OperationModel operation) => operation.Mode switch
    {
        ResponseMode.None => "NoBody.Instance",
        ResponseMode.ListOrSingle => $"new ListOrSingleBody<{operation.Item!.CSharp}>({TypeInfo(TypeRef.ListOf(operation.Item))}, {TypeInfo(operation.Item)})",
        ResponseMode.SingleOrList => $"new SingleOrListBody<{operation.Item!.CSharp}>({TypeInfo(TypeRef.ListOf(operation.Item))}, {TypeInfo(operation.Item)})",
        _ => $"new JsonBody<{operation.Result!.CSharp}>({TypeInfo(operation.Result)})",
    };

    /// <summary>The metadata a type is read with: <c>BelvoJson.Read&lt;BelvoPage&lt;Account&gt;&gt;()</c>.</summary>
    private string TypeInfo(TypeRef type)
    {
        var property = type.Item is null ? type.Name : type.Name + type.Item.Name;
        return IsModelType(type.Item ?? type)
            ? $"BelvoJson.Read<{type.CSharp}>()"
            : $"HandWrittenJsonContext.Default.{property}";
    }

    private bool IsModelType(TypeRef type) => type.Kind != TypeKind.Record || _modelTypes.Contains(type.Name);

    private static void Docs(CodeWriter writer, MethodShape shape, bool withResponse)
    {
        var docs = shape.Operation.Docs;
        var summary = docs?.Summary ?? $"Sends <c>{shape.Operation.Method} {shape.Operation.Path}</c>.";
        if (withResponse)
        {
            summary += " Returns what Belvo answered besides the data too: status, headers and request id.";
        }

        writer.Line("/// <summary>");
        foreach (var line in Wrap(summary))
        {
            writer.Line($"/// {line}");
        }

        writer.Line("/// </summary>");
        foreach (var parameter in shape.Parameters)
        {
            writer.Line($"/// <param name=\"{parameter.Name}\">{parameter.Doc}</param>");
        }

        writer.Line("/// <param name=\"requestOptions\">Settings for this call.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        var returns = docs?.Returns ?? (shape.ValueType is null ? "A task that completes when Belvo answered." : "What Belvo returned.");
        writer.Line($"/// <returns>{returns}{(withResponse ? " With the response metadata." : string.Empty)}</returns>");
        foreach (var (type, text) in docs?.Exceptions ?? new Dictionary<string, string>())
        {
            writer.Line($"/// <exception cref=\"{type}\">{text}</exception>");
        }
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length > 110)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : " " + word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Pascal(string method) => method[0] + method[1..].ToLowerInvariant();
}
