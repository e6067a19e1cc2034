using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Faults;

namespace Belvo.Sdk.Testing;

/// <summary>
/// Fault injection: fail the next requests with a chosen status, slow every request down, or mark an institution
/// down. Thread-safe; settings apply to requests that start after the call.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock sync = new();
    private readonly List<PlannedFailure> planned = [];
    private readonly InstitutionCatalog institutions;
    private TimeSpan latency;

    internal EmulatorFaults(InstitutionCatalog institutions) => this.institutions = institutions;

    /// <summary>The delay currently added to every request, measured on the emulator's <see cref="TimeProvider"/>.</summary>
    public TimeSpan Latency
    {
        get
        {
            lock (sync)
            {
                return latency;
            }
        }
    }

    /// <summary>
    /// Makes the next <paramref name="count"/> requests (optionally only those whose path starts with
    /// <paramref name="pathPrefix"/>) fail before they are authenticated or routed. A 400 answers
    /// <c>too_many_sessions</c>, 401 <c>authentication_failed</c>, 404 <c>not_found</c>, 408 <c>request_timeout</c>,
    /// 500 <c>unexpected_error</c>, 502/503/504 <c>service_unavailable</c> (HTML unless <paramref name="body"/> says JSON).
    /// </summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="statusCode">The HTTP status they answer with (400 to 599).</param>
    /// <param name="body">The kind of body to send.</param>
    /// <param name="pathPrefix">Only requests whose path starts with this (for example <c>/api/transactions/</c>); null for all.</param>
    public void FailNext(int count, int statusCode = 500, FaultBody body = FaultBody.Auto, string? pathPrefix = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        lock (sync)
        {
            planned.Add(new PlannedFailure(count, statusCode, body, pathPrefix));
        }
    }

    /// <summary>Adds <paramref name="delay"/> to the latency of every following request (it accumulates).</summary>
    /// <param name="delay">The extra delay; must not be negative.</param>
    public void AddLatency(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        lock (sync)
        {
            latency += delay;
        }
    }

    /// <summary>Marks an institution down (status <c>down</c> in listings; link and retrieve calls answer 400 <c>institution_down</c>) or up again.</summary>
    /// <param name="institution">The institution's Belvo name, such as <c>erebor_mx_retail</c>.</param>
    /// <param name="down">True to mark it down, false to mark it healthy.</param>
    /// <exception cref="ArgumentException">The emulator has no institution with that name.</exception>
    public void SetInstitutionDown(string institution, bool down = true) => institutions.SetDown(institution, down);

    /// <summary>Removes queued failures and latency and marks every institution healthy.</summary>
    public void Reset()
    {
        lock (sync)
        {
            planned.Clear();
            latency = TimeSpan.Zero;
        }

        institutions.ResetStatus();
    }

    /// <summary>Consumes one queued failure that applies to the path, if any.</summary>
    internal PlannedFailure? TakeFailure(string path)
    {
        lock (sync)
        {
            var failure = planned.FirstOrDefault(f => f.Applies(path));
            if (failure is null)
            {
                return null;
            }

            if (--failure.Remaining == 0)
            {
                planned.Remove(failure);
            }

            return failure;
        }
    }
}
