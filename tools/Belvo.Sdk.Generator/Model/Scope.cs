using Microsoft.OpenApi;
using Belvo.Sdk.Generator.Spec;

namespace Belvo.Sdk.Generator.Model;

/// <summary>A request body or 2xx response schema of an operation in scope.</summary>
internal sealed record SpecRoot(string Path, string Method, string? Status, IOpenApiSchema Schema)
{
    public Direction Direction => Status is null ? Direction.Request : Direction.Response;

    public override string ToString() => $"{Method} {Path} {Status ?? "request"}";
}

/// <summary>
/// What the SDK covers: the request bodies and 2xx responses of every operation whose path does not contain
/// "payment", and every component schema reachable from them. Error responses (4xx/5xx) are not walked, nor a root the
/// overlay replaces with a hand-written type.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, Direction> usage = new(StringComparer.Ordinal);

    private Scope(IReadOnlyList<SpecRoot> roots) => Roots = roots;

    public IReadOnlyList<SpecRoot> Roots { get; }

    /// <summary>Every reachable component schema and which way it travels.</summary>
    public IReadOnlyDictionary<string, Direction> Usage => usage;

    public static bool IsInScope(string path) => !path.Contains("payment", StringComparison.OrdinalIgnoreCase);

    public static Scope Collect(OpenApiDocument document, Func<SpecRoot, bool>? include = null)
    {
        var roots = new List<SpecRoot>();
        foreach (var (path, item) in document.Paths.Where(pair => IsInScope(pair.Key)))
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var verb = method.Method.ToUpperInvariant();
                if (JsonSchemaOf(operation.RequestBody?.Content) is { } body)
                {
                    roots.Add(new SpecRoot(path, verb, null, body));
                }

                foreach (var (status, response) in operation.Responses ?? [])
                {
                    if (status.StartsWith('2') && JsonSchemaOf(response.Content) is { } schema)
                    {
                        roots.Add(new SpecRoot(path, verb, status, schema));
                    }
                }

                if (include is not null)
                {
                    roots.RemoveAll(root => root.Path == path && root.Method == verb && !include(root));
                }
            }
        }

        var scope = new Scope(roots);
        foreach (var root in roots)
        {
            scope.Visit(root.Schema, root.Direction);
        }

        return scope;
    }

    public Direction DirectionOf(string schemaId) => usage.GetValueOrDefault(schemaId);

    private static IOpenApiSchema? JsonSchemaOf(IDictionary<string, IOpenApiMediaType>? content) =>
        content is not null && content.TryGetValue("application/json", out var media) ? media.Schema : null;

    private void Visit(IOpenApiSchema schema, Direction direction)
    {
        if (schema.RefId() is { } id)
        {
            var seen = usage.GetValueOrDefault(id);
            if (seen.HasFlag(direction))
            {
                return;
            }

            usage[id] = seen | direction;
        }

        VisitContents(schema, direction);
    }

    /// <summary>Visits what a schema holds; the parts of an <c>allOf</c> are merged into it, so they are no types of their own.</summary>
    private void VisitContents(IOpenApiSchema schema, Direction direction)
    {
        foreach (var property in schema.Properties?.Values ?? [])
        {
            Visit(property, direction);
        }

        if (schema.Items is { } items)
        {
            Visit(items, direction);
        }

        if (schema.AdditionalProperties is { } additional)
        {
            Visit(additional, direction);
        }

        foreach (var part in (schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            Visit(part, direction);
        }

        foreach (var part in schema.AllOf ?? [])
        {
            VisitContents(part, direction);
        }
    }
}
