using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Belvo.Sdk.Errors;

/// <summary>
/// Turns a failed Belvo response into the matching <see cref="BelvoException"/>. This is the only place
/// that reads error bodies: Belvo's JSON error array, a single error object, a legacy <c>{"detail": …}</c>
/// object, a field→messages map, or a non-JSON body such as a proxy's HTML 502 page.
/// </summary>
internal static class BelvoErrorParser
{
    /// <summary>The most characters of a body kept in <see cref="BelvoException.RawBody"/>.</summary>
    internal const int MaxRawBodyLength = 64 * 1024;

    /// <summary>The most characters of a non-JSON body quoted in an exception message.</summary>
    internal const int MaxSnippetLength = 200;

    /// <summary>Reads and parses a failed answer's body (at most <see cref="MaxRawBodyLength"/> characters of it).</summary>
    /// <param name="response">The answer.</param>
    /// <param name="now">The current time, to turn a <c>Retry-After</c> date into a wait.</param>
    /// <param name="cancellationToken">Ends the read.</param>
    /// <returns>What Belvo returned.</returns>
    public static async Task<BelvoErrorResponse> ReadAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(response.Content, MaxRawBodyLength, cancellationToken).ConfigureAwait(false);
        var request = response.RequestMessage;
        var parsed = Parse(response.StatusCode, body, request?.Method.Method, request?.RequestUri?.PathAndQuery, ReadRetryAfter(response, now));
        return response.Headers.Location is { } location
            ? parsed with { Location = request?.RequestUri is { IsAbsoluteUri: true } from && !location.IsAbsoluteUri ? new Uri(from, location) : location }
            : parsed;
    }

    /// <summary>Parses a failed answer's body.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body as text.</param>
    /// <param name="method">The request's method.</param>
    /// <param name="requestPath">The request's path and query.</param>
    /// <param name="retryAfter">The wait asked for in <c>Retry-After</c>.</param>
    /// <returns>What Belvo returned.</returns>
    public static BelvoErrorResponse Parse(HttpStatusCode status, string body, string? method, string? requestPath, TimeSpan? retryAfter)
    {
        var (errors, tokenRequired, isJson) = Parse(body);
        return new BelvoErrorResponse(
            status,
            errors,
            body.Length > MaxRawBodyLength ? body[..MaxRawBodyLength] : body,
            method,
            requestPath,
            retryAfter)
        {
            TokenRequired = tokenRequired,
            IsJson = isJson,
        };
    }

    /// <summary>Finds the row of a failed answer in <see cref="BelvoFailureTable"/>.</summary>
    /// <param name="response">What Belvo returned.</param>
    /// <returns>The row.</returns>
    public static BelvoFailure Classify(BelvoErrorResponse response) =>
        BelvoFailureTable.Classify(response.StatusCode, FirstCode(response), response.TokenRequired is not null);

    /// <summary>Builds the exception the caller gets for a failed answer, as its row in <see cref="BelvoFailureTable"/> says.</summary>
    /// <param name="response">What Belvo returned.</param>
    /// <returns>The exception.</returns>
    public static BelvoException CreateException(BelvoErrorResponse response)
    {
        var failure = Classify(response);
        var message = BuildMessage(response, response.IsJson) + Advice(failure, response);
        if (failure == BelvoFailureTable.TokenRequired && response.TokenRequired is { } mfa)
        {
            return new TokenRequiredException(message, response, mfa.Session, mfa.Link, mfa.Expiry, mfa.GenerationData);
        }

        return (failure.Create ?? BelvoFailureTable.OtherStatus.Create!)(message, response);
    }

    /// <summary>Parses a failed answer's body and builds its exception, for callers outside the request path (tests, tools).</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body as text.</param>
    /// <param name="method">The request's method.</param>
    /// <param name="requestPath">The request's path and query.</param>
    /// <param name="retryAfter">The wait asked for in <c>Retry-After</c>.</param>
    /// <returns>The exception.</returns>
    public static BelvoException Create(HttpStatusCode status, string body, string? method, string? requestPath, TimeSpan? retryAfter) =>
        CreateException(Parse(status, body, method, requestPath, retryAfter));

    private static string? FirstCode(BelvoErrorResponse response) => response.Errors.Count > 0 ? response.Errors[0].Code : null;

    internal static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string BuildMessage(BelvoErrorResponse response, bool isJson)
    {
        var status = $"{(int)response.StatusCode} {ReasonPhrase(response.StatusCode)}";
        var where = response.Method is null ? string.Empty : $" to {response.Method} {PathOnly(response.RequestPath)}";
        if (response.Errors.Count == 0)
        {
            var body = response.RawBody ?? string.Empty;
            var snippet = body.Length > MaxSnippetLength ? body[..MaxSnippetLength] + "…" : body;
            var kind = isJson ? "an unrecognised JSON body" : "a non-JSON body";
            return string.IsNullOrWhiteSpace(snippet)
                ? $"Belvo answered {status}{where} with an empty body."
                : $"Belvo answered {status}{where} with {kind}: {snippet.ReplaceLineEndings(" ")}";
        }

        var first = response.Errors[0];
        var details = string.Join("; ", response.Errors.Select(Describe));
        var requestId = response.Errors.FirstOrDefault(e => e.RequestId is not null)?.RequestId;
        var suffix = requestId is null ? string.Empty : $" (request_id {requestId})";
        return $"Belvo answered {status}{where}{(first.Code is null ? string.Empty : $" [{first.Code}]")}: {details}{suffix}";
    }

    // What to do about the failures whose cause is not in Belvo's body: a redirect and a rate limit.
    private static string Advice(BelvoFailure failure, BelvoErrorResponse response)
    {
        if (failure == BelvoFailureTable.Redirect)
        {
            var target = response.Location is { IsAbsoluteUri: true } location ? location.GetLeftPart(UriPartial.Path) : "no Location";
            return $" It redirected to {target}, which the SDK does not follow, so neither the secret keys nor the request body " +
                "were sent there. Belvo documents no redirects: check BelvoClientOptions.BaseAddress (https, the host Belvo gave you) " +
                "and any proxy in between.";
        }

        if (failure == BelvoFailureTable.TooManyRequests)
        {
            return response.RetryAfter is { } wait
                ? $" The request was refused by a rate limit and not run; it is safe to send again after {wait}."
                : " The request was refused by a rate limit and not run; it is safe to send again later (Belvo allows 5 DELETEs a minute per resource).";
        }

        return string.Empty;
    }

    private static string Describe(BelvoError error) =>
        error.Field is null ? error.Message ?? error.Code ?? "error" : $"{error.Field}: {error.Message ?? error.Code}";

    private static string PathOnly(string? pathAndQuery)
    {
        if (pathAndQuery is null)
        {
            return string.Empty;
        }

        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? pathAndQuery : pathAndQuery[..query];
    }

    private static string ReasonPhrase(HttpStatusCode status) => (int)status switch
    {
        428 => "Precondition Required",
        _ => System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " "),
    };

    private static (IReadOnlyList<BelvoError> Errors, TokenRequiredDetails? TokenRequired, bool IsJson) Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ([], null, false);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var errors = new List<BelvoError>();
            TokenRequiredDetails? tokenRequired = null;
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in root.EnumerateArray())
                {
                    ReadItem(item, errors, ref tokenRequired);
                }
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                ReadItem(root, errors, ref tokenRequired);
            }

            return (errors, tokenRequired, true);
        }
        catch (JsonException)
        {
            return ([], null, false);
        }
    }

    private static void ReadItem(JsonElement item, List<BelvoError> errors, ref TokenRequiredDetails? tokenRequired)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            errors.Add(new BelvoError(null, item.GetString(), null));
            return;
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var code = ReadString(item, "code");
        var message = ReadString(item, "message") ?? ReadString(item, "detail");
        if (code is null && message is null)
        {
            ReadFieldMap(item, errors);
            return;
        }

        errors.Add(new BelvoError(code, message, ReadString(item, "request_id"), ReadString(item, "field")));
        if (tokenRequired is null && ReadString(item, "session") is { } session)
        {
            tokenRequired = new TokenRequiredDetails(
                session,
                Guid.TryParse(ReadString(item, "link"), out var link) ? link : Guid.Empty,
                ReadSeconds(item, "expiry"),
                ReadGenerationData(item));
        }
    }

    // Django REST framework style: {"institution": ["This field is required."]}.
    private static void ReadFieldMap(JsonElement item, List<BelvoError> errors)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var message in property.Value.EnumerateArray())
                {
                    errors.Add(new BelvoError(null, message.ValueKind == JsonValueKind.String ? message.GetString() : message.GetRawText(), null, property.Name));
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.String)
            {
                errors.Add(new BelvoError(null, property.Value.GetString(), null, property.Name));
            }
        }
    }

    private static TokenGenerationData? ReadGenerationData(JsonElement item)
    {
        if (!item.TryGetProperty("token_generation_data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var expectsUserInput = data.TryGetProperty("expects_user_input", out var flag)
            ? flag.ValueKind == JsonValueKind.True || (flag.ValueKind == JsonValueKind.String && bool.TryParse(flag.GetString(), out var parsed) && parsed)
            : true;
        return new TokenGenerationData(ReadString(data, "type"), ReadString(data, "value"), ReadString(data, "instructions"), expectsUserInput);
    }

    // Belvo documents `expiry` as an integer but has been seen sending it as a string ("720").
    private static TimeSpan? ReadSeconds(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var seconds) => TimeSpan.FromSeconds(seconds),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
            _ => null,
        };
    }

    private static string? ReadString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        }
        : null;
}
