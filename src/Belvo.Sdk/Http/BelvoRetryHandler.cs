using System.Net;
using Belvo.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Belvo.Sdk.Http;

/// <summary>
/// Applies Belvo's documented retry policy with Polly, for every call in one place: 5xx answers and 400
/// <c>too_many_sessions</c> are retried with exponential backoff (<see cref="BelvoRetryOptions"/>), honouring
/// <c>Retry-After</c>; a connection failure is retried for reads only; other 4xx (428 included), SDK timeouts
/// and cancellation are never retried, and cancellation stops a pending wait at once.
/// </summary>
internal sealed class BelvoRetryHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Belvo.Request");

    private readonly BelvoRetryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public BelvoRetryHandler(BelvoRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _timeProvider = timeProvider;
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
                        BelvoLog.Retrying(logger, request.DescribeTarget(), Describe(args.Outcome), args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay);
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
                (SendOnceAsync: (Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>)base.SendAsync, request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Exception is not null)
        {
            // A connection that failed before any answer: safe to repeat only for reads.
            return outcome.Exception is HttpRequestException
                && !context.CancellationToken.IsCancellationRequested
                && context.Properties.GetValue(RequestKey, null!).IsReadMethod();
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status is >= 500 and <= 599)
        {
            return true;
        }

        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return false;
        }

        var body = await response.Content.ReadAsStringAsync(context.CancellationToken).ConfigureAwait(false);
        return BelvoErrorParser.ReadFirstErrorCode(body) == BelvoErrorCodes.TooManySessions;
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

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : $"{(int)outcome.Result!.StatusCode}";
}
