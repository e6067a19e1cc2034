namespace Belvo.Sdk.Http;

/// <summary>What the handlers ask of a request.</summary>
internal static class BelvoRequestMessageExtensions
{
    /// <summary>Gets the method, path and query of a request, never its credentials, for messages and logs.</summary>
    public static string DescribeTarget(this HttpRequestMessage request) =>
        $"{request.Method.Method} {request.RequestUri?.PathAndQuery}";

    public static bool IsSafeMethod(this HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options;

    /// <summary>Whether repeating the request after a failed connection cannot do anything twice: safe methods and DELETE.</summary>
    public static bool IsIdempotent(this HttpRequestMessage request) =>
        request.IsSafeMethod() || request.Method == HttpMethod.Delete;
}
