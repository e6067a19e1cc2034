using System.Net;
using System.Runtime.CompilerServices;
using Belvo.Sdk.Diagnostics;
using Belvo.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Belvo.Sdk.Http;

/// <summary>
/// Applies Belvo's documented retry policy with Polly, for every call in one place. What is retried is what
/// <see cref="BelvoFailureTable"/> marks retryable (5xx answers and 400 <c>too_many_sessions</c>; a connection that
/// failed before any answer, repeated only for idempotent methods), with exponential backoff
/// (<see cref="BelvoRetryOptions"/>) honouring <c>Retry-After</c>. Other 4xx (428 included), SDK timeouts and
/// cancellation are never retried, and cancellation stops a pending wait at once. A 400 body read to find its code is
/// parsed once and left on the <see cref="BelvoCall"/> for the error that may follow.
/// </summary>
internal sealed class BelvoRetryHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Belvo.Request");

    private readonly BelvoRetryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _pipeline;

    public BelvoRetryHandler(BelvoRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _timeProvider = timeProvider;

        // Built when this client first needs a retry: building a Polly pipeline validates its options by reflection
        // (DataAnnotations), which was a tenth of a process's first call, and most calls are never retried.
        _pipeline = new(() => BuildPipeline(options, timeProvider, logger));
    }

    /// <summary>
    /// Sends the first attempt straight through; only when its answer is one Belvo's policy retries does Polly's
    /// pipeline take over, starting from that answer, so the attempts, delays and telemetry are those of the policy
    /// and a call that succeeds first time costs no pipeline.
    /// </summary>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_options.MaxRetries == 0 || (_options.OnlySafeMethods && !request.IsSafeMethod()))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        Outcome<HttpResponseMessage> first;
        try
        {
            first = Outcome.FromResult(await base.SendAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            first = Outcome.FromException<HttpResponseMessage>(ex);
        }

        bool retry;
        try
        {
            retry = await ShouldRetryAsync(first, request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            first.Result?.Dispose(); // judging it failed: nobody will read this answer
            throw;
        }

        if (!retry)
        {
            first.ThrowIfException();
            return first.Result!;
        }

        var pending = new StrongBox<Outcome<HttpResponseMessage>?>(first);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            var outcome = await _pipeline.Value.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    if (state.First.Value is { } answered)
                    {
                        state.First.Value = null; // the first attempt's answer, given to the policy once
                        return answered;
                    }

                    try
                    {
                        return Outcome.FromResult(await state.Handler.SendOnceAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Request: request, First: pending)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            // Polly never took the first answer (its pipeline failed to build, or it stopped before its first
            // attempt): dispose it, so its connection goes back to the pool.
            pending.Value?.Result?.Dispose();
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(BelvoRetryOptions options, TimeProvider timeProvider, ILogger logger) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                // The pipeline only ever starts from a first answer SendAsync already judged retryable: not twice.
                ShouldHandle = args => args.AttemptNumber == 0
                    ? ValueTask.FromResult(true)
                    : ShouldRetryAsync(args.Outcome, args.Context.Properties.GetValue(RequestKey, null!), args.Context.CancellationToken),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome)),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    RetryTelemetry.Retrying(logger, request, args.Outcome, args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
        {
            // A connection that failed before any answer: transient, but safe to repeat only when nothing could
            // have been done twice.
            return outcome.Exception is HttpRequestException
                && !cancellationToken.IsCancellationRequested
                && BelvoFailureTable.ConnectionFailed.IsRetryable
                && request.IsIdempotent();
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // Refused by a rate limit, so not run: repeating it is safe, but only on request (off by default).
            return _options.RetryTooManyRequests;
        }

        if (!BelvoFailureTable.NeedsBody(response.StatusCode))
        {
            return BelvoFailureTable.Classify(response.StatusCode, errorCode: null).IsRetryable;
        }

        var call = BelvoCall.Of(request);
        var error = call is not null && ReferenceEquals(call.ParsedErrorFor, response)
            ? call.ParsedError!
            : await BelvoErrorParser.ReadAsync(response, _timeProvider.GetUtcNow(), call?.AttemptToken ?? cancellationToken).ConfigureAwait(false);
        call?.RememberParsedError(response, error);
        return BelvoErrorParser.Classify(error).IsRetryable;
    }

    private TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome)
    {
        if (!_options.HonorRetryAfter || outcome.Result is null)
        {
            return null;
        }

        var wait = BelvoErrorParser.ReadRetryAfter(outcome.Result, _timeProvider.GetUtcNow());
        return wait is { } w && w > _options.MaxDelay ? _options.MaxDelay : wait;
    }
}
