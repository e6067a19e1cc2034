using System.Globalization;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Http;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>Validates the <c>date_from</c>/<c>date_to</c> pair of retrieve bodies the way the spec describes it.</summary>
internal static class RetrieveDates
{
    public static bool TryRead(JsonObject body, EmulatorContext context, int? maxDays, out DateOnly from, out DateOnly to, out ApiResponse? error)
    {
        from = to = default;
        error = ReadDate(body, "date_from", context.Errors, out from) ?? ReadDate(body, "date_to", context.Errors, out to);
        if (error is not null)
        {
            return false;
        }

        error = from > to ? context.Errors.Invalid("date_from", "date_from cannot be greater than date_to")
            : to > context.Today ? context.Errors.Invalid("date_to", "date_to cannot be greater than today")
            : maxDays is { } limit && to.DayNumber - from.DayNumber > limit
                ? context.Errors.Invalid("date_to", string.Create(CultureInfo.InvariantCulture, $"The number of days between date_from and date_to cannot be over {limit}"))
            : null;
        return error is null;
    }

    /// <summary>The optional <c>account</c> of a retrieve body; an error when it is not one of the link's accounts.</summary>
    public static ApiResponse? CheckAccount(string? accountId, Func<string, bool> belongs, ApiErrors errors) =>
        accountId is null || belongs(accountId) ? null : errors.DoesNotExist("account", "id", accountId);

    private static ApiResponse? ReadDate(JsonObject body, string field, ApiErrors errors, out DateOnly date)
    {
        date = default;
        var text = JsonBody.String(body, field);
        if (string.IsNullOrEmpty(text))
        {
            return errors.Required(field);
        }

        return Timestamps.TryParseDate(text, out date)
            ? null
            : errors.Invalid(field, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
    }
}
