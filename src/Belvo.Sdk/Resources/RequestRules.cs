using System.Collections;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk;

/// <summary>
/// The rules Belvo's guides and API description state for request bodies, checked before anything is sent (from
/// <see cref="Require.Body{T}"/>), each refusal saying the rule and how to comply. The checks read the body's JSON
/// metadata, so they are keyed on Belvo's property names and hold for every request type the generator makes, present
/// and future, without a line per type:
/// <list type="bullet">
/// <item><description><c>external_id</c>: 3 to 256 characters, only letters, digits, <c>-</c> and <c>_</c>.</description></item>
/// <item><description>A property Belvo requires (<c>institution</c>, <c>username</c>, <c>session</c>, …) is not empty or blank,
/// nor is a login field that is set (<c>password</c>, <c>password2</c>, <c>username2</c>, <c>username3</c>).</description></item>
/// <item><description>No identifier is <see cref="Guid.Empty"/>, alone or in a list.</description></item>
/// <item><description><c>stale_in</c> is a number of days such as <c>365d</c>, <c>credentials_storage</c> is <c>store</c>,
/// <c>nostore</c> or a number of days, as Belvo's description states their patterns; no resource in <c>fetch_resources</c> is blank.</description></item>
/// <item><description><c>date_to</c> is not in the future, and the period keeps to the length Belvo documents for the
/// operation (at most 365 days of invoices or tax retentions, at least 90 days of incomes).</description></item>
/// </list>
/// Nothing else is assumed: formats Belvo describes only loosely (usernames, RFCs, CPFs) are left to Belvo.
/// </summary>
internal static class RequestRules
{
    /// <summary>The fewest characters Belvo accepts in an <c>external_id</c>.</summary>
    public const int ExternalIdMinLength = 3;

    /// <summary>The most characters Belvo accepts in an <c>external_id</c>.</summary>
    public const int ExternalIdMaxLength = 256;

    // The end user's login fields: optional for some institutions, but never meaningful blank (a blank password
    // would reach the institution as a failed login, which can lock the end user's account).
    private static readonly HashSet<string> LoginFields = new(StringComparer.Ordinal) { "username", "username2", "username3", "password", "password2" };

    // Period lengths Belvo documents per operation (the request type is the operation's body).
    private static readonly Dictionary<Type, (int? MinDays, int? MaxDays, string What)> PeriodLengths = new()
    {
        [typeof(InvoicesRetrieveRequest)] = (null, 365, "invoices"),
        [typeof(TaxRetentionsRetrieveRequest)] = (null, 365, "tax retentions"),
        [typeof(IncomesRetrieveRequest)] = (90, null, "incomes"),
    };

    /// <summary>Checks a request body; see the class summary for the rules.</summary>
    /// <param name="request">The body.</param>
    /// <param name="parameterName">The parameter it was passed as, for the exception.</param>
    /// <param name="timeProvider">The clock that says what today is; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A rule is broken; the message says which and how to comply.</exception>
    public static void Check(object request, string parameterName, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = request.GetType();
        if (BelvoJson.Options.TryGetTypeInfo(type, out var info) && info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in info.Properties)
            {
                if (property.Get is { } get)
                {
                    CheckValue(type, property, get(request), parameterName);
                }
            }
        }

        CheckPeriod(request, type, parameterName, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Checks an <c>external_id</c> against Belvo's rule.</summary>
    /// <param name="externalId">The value.</param>
    /// <param name="member">Where it was set, for the message (for example <c>LinkRegisterRequest.ExternalId</c>).</param>
    /// <param name="parameterName">The parameter it was passed in.</param>
    public static void ExternalId(string externalId, string member, string parameterName)
    {
        string? problem = null;
        if (externalId.Length is < ExternalIdMinLength or > ExternalIdMaxLength)
        {
            problem = $"it has {externalId.Length} characters";
        }
        else
        {
            for (var i = 0; i < externalId.Length; i++)
            {
                var c = externalId[i];
                if (!char.IsLetterOrDigit(c) && c is not '-' and not '_')
                {
                    // The value itself is not quoted: it may hold personal data by mistake, and messages reach logs.
                    problem = $"its character at position {i + 1} is {(char.IsControl(c) ? "a control character" : char.IsWhiteSpace(c) ? "a space" : $"'{c}'")}";
                    break;
                }
            }
        }

        if (problem is not null)
        {
            throw new ArgumentException(
                $"{member} breaks Belvo's rule for external_id: {problem}, but it must have {ExternalIdMinLength} to {ExternalIdMaxLength} " +
                "characters, each a letter, a digit, '-' or '_'. Use your own identifier of the end user (such as your user id); " +
                "it must not hold personal data (a name, email, phone or tax id): Belvo stores null instead when it finds some, " +
                "and keeping it out is your duty.",
                parameterName);
        }
    }

    private static void CheckValue(Type type, JsonPropertyInfo property, object? value, string parameterName)
    {
        switch (value)
        {
            case string text when property.Name == "external_id":
                ExternalId(text, Member(type, property), parameterName);
                break;
            case string text when property.Name == "stale_in" && !IsDays(text):
                throw new ArgumentException(
                    $"{Member(type, property)} (stale_in) is '{text}', but Belvo takes a number of days written like 365d (pattern ^\\d{{1,3}}d$): " +
                    "how long Belvo keeps the link's data when the link is not updated. Leave it unset for Belvo's default of 365 days.",
                    parameterName);
            case string text when property.Name == "credentials_storage" && text is not ("store" or "nostore") && !IsDays(text):
                throw new ArgumentException(
                    $"{Member(type, property)} (credentials_storage) is '{text}', but Belvo takes store, nostore, or a number of days written like 30d: " +
                    "how long Belvo keeps the end user's credentials. A recurrent link needs store.",
                    parameterName);
            case IEnumerable<string> resources when property.Name == "fetch_resources" && resources.Any(string.IsNullOrWhiteSpace):
                throw new ArgumentException(
                    $"{Member(type, property)} (fetch_resources) holds a blank resource. List resource names such as ACCOUNTS or TRANSACTIONS, " +
                    "or leave it unset to fetch every resource the institution supports.",
                    parameterName);
            case string text when string.IsNullOrWhiteSpace(text) && (property.IsRequired || LoginFields.Contains(property.Name)):
                throw new ArgumentException(
                    $"{Member(type, property)} ({property.Name}) is {(text.Length == 0 ? "empty" : "blank")}. {Hint(property.Name)}",
                    parameterName);
            case null when property.IsRequired && property.PropertyType == typeof(string):
                throw new ArgumentException($"{Member(type, property)} ({property.Name}) is null. {Hint(property.Name)}", parameterName);
            case Guid id when id == Guid.Empty:
                throw new ArgumentException(
                    $"{Member(type, property)} ({property.Name}) is Guid.Empty, which names nothing. Pass the id Belvo returned (for example Link.Id), or leave it unset.",
                    parameterName);
            case IEnumerable<Guid> ids when ids.Contains(Guid.Empty):
                throw new ArgumentException(
                    $"{Member(type, property)} ({property.Name}) holds Guid.Empty, which names nothing. Pass the ids Belvo returned.",
                    parameterName);
            case string or IEnumerable or null:
                break;
        }
    }

    private static void CheckPeriod(object request, Type type, string parameterName, TimeProvider timeProvider)
    {
        var (from, to) = request switch
        {
            IPeriodRequest period => (period.DateFrom, period.DateTo),
            IOptionalPeriodRequest { DateFrom: { } f, DateTo: { } t } => (f, t),
            _ => (default(DateOnly?), default(DateOnly?)),
        };
        if (from is not { } start || to is not { } end)
        {
            return;
        }

        // "Today" is Belvo's, in a time zone the docs do not name: refuse only a date after today everywhere on Earth
        // (UTC+14), so a valid request is never refused.
        var latestToday = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime.AddHours(14));
        if (end > latestToday)
        {
            throw new ArgumentException(
                $"DateTo ({end:yyyy-MM-dd}) is in the future. Belvo refuses a date_to after today: pass today's date or an earlier one.",
                parameterName);
        }

        if (PeriodLengths.TryGetValue(type, out var rule))
        {
            var days = end.DayNumber - start.DayNumber;
            if (rule.MaxDays is { } max && days > max)
            {
                throw new ArgumentException(
                    $"The period {start:yyyy-MM-dd} to {end:yyyy-MM-dd} spans {days} days, but Belvo returns at most {max} days of {rule.What} per request. " +
                    "Split it into several requests.",
                    parameterName);
            }

            if (rule.MinDays is { } min && days < min)
            {
                throw new ArgumentException(
                    $"The period {start:yyyy-MM-dd} to {end:yyyy-MM-dd} spans {days} days, but Belvo needs at least {min} days between date_from and date_to for {rule.What}. " +
                    "Widen it, or leave both dates unset for Belvo's default period.",
                    parameterName);
            }
        }
    }

    // A number of days as Belvo's description writes its pattern: 1 to 3 digits and a d (365d).
    private static bool IsDays(string text) =>
        text.Length is >= 2 and <= 4 && text[^1] == 'd' && text[..^1].All(char.IsAsciiDigit);

    private static string Hint(string wireName) => wireName switch
    {
        "institution" => "Belvo requires it: pass the institution's Belvo name, such as erebor_mx_retail (client.Institutions.ListAsync lists them).",
        "username" or "password" => "Belvo requires the end user's credentials at the institution: pass what the end user typed, not blank.",
        "username2" or "username3" or "password2" => "Leave it unset (null) when the institution does not ask for it, or pass what the end user typed.",
        "session" => "Pass TokenRequiredException.Session from the 428 answer you are resuming.",
        _ => $"Belvo requires {wireName}: set it to a value that is not blank.",
    };

    private static string Member(Type type, JsonPropertyInfo property) => $"{type.Name}.{Pascal(property.Name)}";

    // The generator names properties after the wire name (external_id → ExternalId, username2 → Username2).
    private static string Pascal(string wireName) =>
        string.Concat(wireName.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
