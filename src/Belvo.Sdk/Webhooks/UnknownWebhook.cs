namespace Belvo.Sdk.Webhooks;

/// <summary>
/// A webhook whose (<c>webhook_type</c>, <c>webhook_code</c>) this library does not map to a typed record: an
/// event Belvo added later, or one its documentation does not list. It still has the envelope and
/// <see cref="BelvoWebhook.Data"/>, and keeps the whole body in <see cref="RawJson"/>, so a receiver can store
/// or forward it and never fails on it.
/// </summary>
public sealed record UnknownWebhook : BelvoWebhook
{
    /// <summary>Gets the whole body as received (UTF-8 decoded).</summary>
    public string RawJson { get; init; } = string.Empty;
}
