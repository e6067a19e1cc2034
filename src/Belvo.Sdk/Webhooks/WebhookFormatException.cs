using System.Text.Json;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// A body that <see cref="BelvoWebhook.Parse(string)"/> cannot read as a Belvo webhook: not JSON, not an object,
/// without a non-empty <c>webhook_id</c>, <c>webhook_type</c> or <c>webhook_code</c>, or with a documented field
/// of the wrong JSON type. It is a <see cref="JsonException"/>, so <c>catch (JsonException)</c> keeps working.
/// The message names the problem and where it is (a JSON path, a line and byte position), never the body's
/// content, so it is safe to log.
/// </summary>
public sealed class WebhookFormatException : JsonException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public WebhookFormatException()
        : base("The body is not a Belvo webhook.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the body, without its content.</param>
    public WebhookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the JSON error that caused it.</summary>
    /// <param name="message">What is wrong with the body, without its content.</param>
    /// <param name="innerException">The error of the JSON reader (its message may quote the body).</param>
    public WebhookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static WebhookFormatException NotAWebhook(JsonException error) =>
        new($"The body is not a Belvo webhook: it is not a JSON object with the webhook's fields, or one of them has the wrong JSON type ({Where(error, "$")}).", error);

    internal static WebhookFormatException MissingEnvelope() =>
        new("The body is not a Belvo webhook: webhook_id, webhook_type and webhook_code must be non-empty strings.");

    internal static WebhookFormatException DataNotAnObject(WebhookType type, WebhookCode code, JsonValueKind kind) =>
        new($"The data of a {type} / {code} webhook must be a JSON object, not {kind}.");

    internal static WebhookFormatException WrongData(WebhookType type, WebhookCode code, JsonException error) =>
        new($"The data of a {type} / {code} webhook does not have Belvo's documented shape ({Where(error, "data")}).", error);

    // Positions only: the reader's own message can quote part of the body.
    private static string Where(JsonException error, string root)
    {
        var path = error.Path is { Length: > 0 } p ? root + p.TrimStart('$') : root;
        return error.LineNumber is { } line && error.BytePositionInLine is { } position
            ? $"at {path}, line {line + 1}, byte {position + 1}"
            : $"at {path}";
    }
}
