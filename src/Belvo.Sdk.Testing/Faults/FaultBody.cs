namespace Belvo.Sdk.Testing;

/// <summary>The body an injected failure answers with.</summary>
public enum FaultBody
{
    /// <summary>HTML for 502, 503 and 504 (as a gateway would send), a Belvo JSON error array for every other status.</summary>
    Auto,

    /// <summary>A Belvo JSON error array (<c>[{code, message, request_id}]</c>).</summary>
    Json,

    /// <summary>A small HTML error page with <c>Content-Type: text/html</c>, to test clients against non-JSON bodies.</summary>
    Html,
}
