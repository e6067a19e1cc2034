using System.Net;
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
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    // Made once: a delegate to base.SendAsync created per call would be allocated per call.
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _sendOnce;

    public BelvoRetryHandler(BelvoRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _timeProvider = timeProvider;
        _sendOnce = SendOnceAsync;
        _pipeline = options.MaxRetries == 0
            ? ResiliencePipeline<HttpResponseMessage>.Empty
            : new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = false,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context),
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
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_options.OnlySafeMethods && !request.IsSafeMethod())
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.SendOnceAsync(state.request, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (SendOnceAsync: _sendOnce, request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = context.Properties.GetValue(RequestKey, null!);
        if (outcome.Exception is not null)
        {
            // A connection that failed before any answer: transient, but safe to repeat only when nothing could
            // have been done twice.
            return outcome.Exception is HttpRequestException
                && !context.CancellationToken.IsCancellationRequested
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
            : await BelvoErrorParser.ReadAsync(response, _timeProvider.GetUtcNow(), call?.AttemptToken ?? context.CancellationToken).ConfigureAwait(false);
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
