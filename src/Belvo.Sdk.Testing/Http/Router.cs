namespace Belvo.Sdk.Testing.Http;

/// <summary>Matches a method and a slash-terminated path against templates such as <c>/api/links/{id}/</c>.</summary>
internal sealed class Router
{
    private readonly List<Route> routes = [];

    public void Map(string method, string template, Func<ApiRequest, ApiResponse> handler) =>
        routes.Add(new Route(method, template.Trim('/').Split('/'), handler));

    public RouteMatch Match(string method, string path)
    {
        if (!path.EndsWith('/'))
        {
            return RouteMatch.NotFound;
        }

        var segments = path.Trim('/').Split('/');
        List<string>? allowed = null;
        foreach (var route in routes)
        {
            var values = route.Bind(segments);
            if (values is null)
            {
                continue;
            }

            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return new RouteMatch(route.Handler, values, null);
            }

            (allowed ??= []).Add(route.Method);
        }

        return allowed is null ? RouteMatch.NotFound : new RouteMatch(null, null, allowed);
    }

    private sealed record Route(string Method, string[] Segments, Func<ApiRequest, ApiResponse> Handler)
    {
        public Dictionary<string, string>? Bind(string[] path)
        {
            if (path.Length != Segments.Length)
            {
                return null;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < path.Length; i++)
            {
                var segment = Segments[i];
                if (segment.StartsWith('{'))
                {
                    values[segment.Trim('{', '}')] = Uri.UnescapeDataString(path[i]);
                }
                else if (!string.Equals(segment, path[i], StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return values;
        }
    }
}

/// <summary>The result of routing: a handler with its route values, the methods a known path allows, or nothing.</summary>
internal sealed record RouteMatch(Func<ApiRequest, ApiResponse>? Handler, IReadOnlyDictionary<string, string>? Values, IReadOnlyList<string>? AllowedMethods)
{
    public static RouteMatch NotFound { get; } = new(null, null, null);
}
