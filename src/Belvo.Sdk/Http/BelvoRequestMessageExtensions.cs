namespace Belvo.Sdk.Http;

/// <summary>Reads the per-call settings a request carries.</summary>
internal static class BelvoRequestMessageExtensions
{
    private static readonly HttpRequestOptionsKey<BelvoRequestOptions> RequestOptionsKey = new(BelvoRequestOptions.PropertyKey);

    public static BelvoRequestOptions? GetBelvoRequestOptions(this HttpRequestMessage request) =>
        request.Options.TryGetValue(RequestOptionsKey, out var options) ? options : null;

    public static void SetBelvoRequestOptions(this HttpRequestMessage request, BelvoRequestOptions? options)
    {
        if (options is not null)
        {
            request.Options.Set(RequestOptionsKey, options);
        }
    }

    /// <summary>Gets the path and query of a request, never its credentials, for messages and logs.</summary>
    public static string DescribeTarget(this HttpRequestMessage request) =>
        $"{request.Method.Method} {request.RequestUri?.PathAndQuery}";

    public static bool IsSafeMethod(this HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options;

    public static bool IsReadMethod(this HttpRequestMessage request) =>
        request.IsSafeMethod() || request.Method == HttpMethod.Delete;
}
