using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Belvo.Sdk.Tests.Http;

/// <summary>
/// A handler of the user's runs where its position says, on both construction paths: per call it sees one request
/// and the final answer; per attempt it sees every retry.
/// </summary>
public sealed class HandlerPositionTests : IDisposable
{
    private const string ServerError = """[{"code":"unexpected_error","message":"down","request_id":"r-503"}]""";
    private const string EmptyPage = """{"count":0,"next":null,"previous":null,"results":[]}""";

    private readonly BelvoTestServer _belvo = new();
    private readonly RecordingTimeProvider _time = new();

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public async Task With_the_constructor_a_per_call_handler_sees_one_request_and_a_per_attempt_handler_every_retry()
    {
        _belvo.RespondInSequence("GET", "/api/institutions/", (503, ServerError), (502, ServerError), (200, EmptyPage));
        var perCall = new CountingHandler();
        var perAttempt = new CountingHandler();
        using var client = new BelvoClient(
            Options(),
            new BelvoPipelineOptions { TimeProvider = _time }
                .AddHandler(perCall, BelvoHandlerPosition.PerCall)
                .AddHandler(perAttempt, BelvoHandlerPosition.PerAttempt));

        await ListWithTwoRetriesAsync(client);

        Assert.Equal([200], perCall.Statuses);
        Assert.Equal([503, 502, 200], perAttempt.Statuses);
        Assert.Equal(3, _belvo.Requests.Count);
    }

    [Fact]
    public async Task With_dependency_injection_a_per_call_handler_sees_one_request_and_a_per_attempt_handler_every_retry()
    {
        _belvo.RespondInSequence("GET", "/api/institutions/", (503, ServerError), (502, ServerError), (200, EmptyPage));
        var perCall = new CountingHandler();
        var perAttempt = new CountingHandler();
        var viaHttpClientBuilder = new CountingHandler();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddBelvoClient(Configure)
            .AddHandler(_ => perCall, BelvoHandlerPosition.PerCall)
            .AddHandler(_ => perAttempt, BelvoHandlerPosition.PerAttempt)
            .HttpClient.AddHttpMessageHandler(() => viaHttpClientBuilder);
        await using var provider = services.BuildServiceProvider();

        await ListWithTwoRetriesAsync(provider.GetRequiredService<IBelvoClient>());

        Assert.Equal([200], perCall.Statuses);
        Assert.Equal([503, 502, 200], perAttempt.Statuses);
        Assert.Equal([503, 502, 200], viaHttpClientBuilder.Statuses);
    }

    [Fact]
    public async Task Both_construction_paths_send_the_same_headers()
    {
        _belvo.Respond("GET", "/api/institutions/", 200, EmptyPage);
        using (var client = new BelvoClient(Options()))
        {
            await client.Institutions.ListAsync().GetPageAsync();
        }

        var services = new ServiceCollection();
        services.AddBelvoClient(Configure);
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<IBelvoClient>().Institutions.ListAsync().GetPageAsync();
        }

        var requests = _belvo.Requests;
        Assert.Equal(2, requests.Count);
        var fromConstructor = Headers(requests[0]);
        var fromContainer = Headers(requests[1]);
        Assert.Equal(fromConstructor, fromContainer);
        Assert.Contains("gzip", fromConstructor["Accept-Encoding"], StringComparison.Ordinal);
        Assert.Contains("br", fromConstructor["Accept-Encoding"], StringComparison.Ordinal);
        Assert.Equal(BelvoTestServer.ExpectedAuthorization, fromConstructor["Authorization"]);
    }

    [Fact]
    public void A_handler_that_already_belongs_to_a_chain_is_refused_with_a_message_that_says_why()
    {
        var handler = new CountingHandler { InnerHandler = new HttpClientHandler() };

        var ex = Assert.Throws<ArgumentException>(() => new BelvoPipelineOptions().AddHandler(handler));

        Assert.Contains("one request path only", ex.Message, StringComparison.Ordinal);
        handler.Dispose();
    }

    private async Task ListWithTwoRetriesAsync(IBelvoClient client)
    {
        var call = client.Institutions.ListAsync().GetPageAsync();
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(6));
        var page = await call;
        Assert.Empty(page.Results);
    }

    private BelvoClientOptions Options()
    {
        var options = new BelvoClientOptions();
        Configure(options);
        return options;
    }

    private void Configure(BelvoClientOptions options)
    {
        options.SecretId = BelvoTestServer.SecretId;
        options.SecretPassword = BelvoTestServer.SecretPassword;
        options.BaseAddress = _belvo.BaseAddress;
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.InstitutionTimeout = Timeout.InfiniteTimeSpan;
    }

    private static Dictionary<string, string> Headers(WireMock.Logging.ILogEntry entry) =>
        entry.RequestMessage.Headers!
            .Where(header => header.Key is not ("Host" or "Connection"))
            .ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);

    private sealed class CountingHandler : DelegatingHandler
    {
        public List<int> Statuses { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            lock (Statuses)
            {
                Statuses.Add((int)response.StatusCode);
            }

            return response;
        }
    }
}
