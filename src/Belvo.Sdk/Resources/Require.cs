using System.Diagnostics.CodeAnalysis;
using Belvo.Sdk.Models;

namespace Belvo.Sdk;

/// <summary>Argument checks with messages that say what was wrong and how to fix it.</summary>
internal static class Require
{
    public static void Id<TId>(TId id, string parameterName)
    {
        if (id is Guid guid && guid == Guid.Empty)
        {
            throw new ArgumentException("The identifier is Guid.Empty. Pass the id Belvo returned for the item (for example Link.Id).", parameterName);
        }

        if (id is int number && number <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, number, "Institution ids are positive integers, as returned by Institutions.ListAsync.");
        }
    }

    public static T Request<T>([NotNull] T? request, string parameterName)
        where T : class =>
        request ?? throw new ArgumentNullException(parameterName, $"Pass a {typeof(T).Name} describing what to send to Belvo.");

    /// <summary>
    /// Checks a request body before anything is sent: present, about a real link, with a period whose ends are in
    /// order (both or neither when the period is optional), and keeping every rule of <see cref="RequestRules"/>.
    /// </summary>
    public static T Body<T>([NotNull] T? request, string parameterName)
        where T : class
    {
        Request(request, parameterName);
        if (request is ILinkRequest forLink)
        {
            Id(forLink.Link, parameterName);
        }

        if (request is IPeriodRequest period)
        {
            DateRange(period.DateFrom, period.DateTo, parameterName);
        }
        else if (request is IOptionalPeriodRequest optionalPeriod)
        {
            DateRange(optionalPeriod.DateFrom, optionalPeriod.DateTo, parameterName);
        }

        RequestRules.Check(request, parameterName);
        return request;
    }

    public static string Session(string session, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(session))
        {
            throw new ArgumentException("The MFA session is empty. Pass TokenRequiredException.Session from the 428 answer you are resuming.", parameterName);
        }

        return session;
    }

    private static void DateRange(DateOnly? from, DateOnly? to, string parameterName)
    {
        if (from is null && to is null)
        {
            return;
        }

        if (from is null || to is null)
        {
            throw new ArgumentException("Set both DateFrom and DateTo, or neither: Belvo needs the two ends of the period.", parameterName);
        }

        DateRange(from.Value, to.Value, parameterName);
    }

    private static void DateRange(DateOnly from, DateOnly to, string parameterName)
    {
        if (from > to)
        {
            throw new ArgumentException($"DateFrom ({from:yyyy-MM-dd}) is after DateTo ({to:yyyy-MM-dd}). Belvo needs date_from on or before date_to.", parameterName);
        }
    }
}
