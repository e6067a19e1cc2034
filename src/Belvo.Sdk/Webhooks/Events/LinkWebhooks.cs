using System.Text.Json.Serialization;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// <c>LINK</c> / <c>invalid_credentials</c>: the end user's credentials stopped working when Belvo refreshed
/// the link. Ask the end user for new credentials and update the link (or use the widget's update mode).
/// </summary>
public sealed record LinkInvalidCredentials : BelvoWebhook
{
    /// <summary>Gets the error code, for example <c>login_error</c> (<c>error_code</c>).</summary>
    [JsonPropertyName("error_code")]
    public string? ErrorCode { get; init; }

    /// <summary>Gets the institution's error message (<c>error_message</c>).</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; init; }

    /// <summary>Gets the HTTP status the refresh got, for example 400 (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }
}

/// <summary>
/// <c>LINK</c> / <c>token_required</c>: the recurrent refresh needs a new MFA token; update the link with the
/// end user present. Belvo does not document this webhook's <c>data</c>, so it has no typed fields: read
/// <see cref="BelvoWebhook.Data"/>.
/// </summary>
public sealed record LinkTokenRequired : BelvoWebhook;

/// <summary>
/// <c>link_deleted</c>: a link deleted asynchronously (<c>DELETE /api/links/{id}/</c> with
/// <c>X-Belvo-Request-Mode: async</c>, answered 202) is gone. Belvo documents neither its <c>webhook_type</c>
/// (so it matches whatever type comes with this code) nor its <c>data</c>, so it has no typed fields: read
/// <see cref="BelvoWebhook.Data"/>.
/// </summary>
public sealed record LinkDeleted : BelvoWebhook;

/// <summary>
/// <c>CONSENT</c> / <c>openfinance_consent_about_to_expire</c> (Open Finance Brazil, recurrent links, opt-in):
/// the link's consent expires within seven days of its next refresh; ask the end user to renew it. Belvo's
/// list of <c>data</c> fields is incomplete: the two typed here are the documented ones, the rest stay in
/// <see cref="BelvoWebhook.Data"/>.
/// </summary>
public sealed record OpenFinanceConsentAboutToExpire : BelvoWebhook
{
    /// <summary>Gets the consent's identifier (<c>consent_id</c>).</summary>
    [JsonPropertyName("consent_id")]
    public string? ConsentId { get; init; }

    /// <summary>Gets when the consent expires (<c>consent_due_date</c>).</summary>
    [JsonPropertyName("consent_due_date")]
    public DateTimeOffset? ConsentDueDate { get; init; }
}
