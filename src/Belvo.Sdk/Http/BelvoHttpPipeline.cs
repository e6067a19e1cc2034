using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Belvo.Sdk.Http;

/// <summary>
/// The handler chain of every Belvo call, outermost first: retry (Belvo's policy) → logging (each attempt) →
/// timeout (each attempt) → the network. Used both by <see cref="BelvoClient"/>'s own constructor and by
/// <c>AddBelvoClient</c>, so both paths behave the same.
/// </summary>
internal static class BelvoHttpPipeline
{
    public const string LoggerCategory = "Belvo.Sdk";

    public static DelegatingHandler CreateRetryHandler(BelvoClientOptions options, ILoggerFactory loggerFactory, TimeProvider timeProvider) =>
        new BelvoRetryHandler(options.Retry, timeProvider, loggerFactory.CreateLogger(LoggerCategory));

    public static DelegatingHandler CreateLoggingHandler(ILoggerFactory loggerFactory, TimeProvider timeProvider) =>
        new BelvoLoggingHandler(loggerFactory.CreateLogger(LoggerCategory), timeProvider);

    public static DelegatingHandler CreateTimeoutHandler(BelvoClientOptions options, TimeProvider timeProvider) =>
        new BelvoTimeoutHandler(options, timeProvider);

    public static HttpClient CreateHttpClient(BelvoClientOptions options, ILoggerFactory? loggerFactory, TimeProvider? timeProvider, HttpMessageHandler? transport = null)
    {
        loggerFactory ??= NullLoggerFactory.Instance;
        timeProvider ??= TimeProvider.System;
        var retry = CreateRetryHandler(options, loggerFactory, timeProvider);
        var logging = CreateLoggingHandler(loggerFactory, timeProvider);
        var timeout = CreateTimeoutHandler(options, timeProvider);
        retry.InnerHandler = logging;
        logging.InnerHandler = timeout;
        timeout.InnerHandler = transport ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(15),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        var httpClient = new HttpClient(retry, disposeHandler: true);
        BelvoHttpClientConfigurator.Configure(httpClient, options);
        return httpClient;
    }
}
