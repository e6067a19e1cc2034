using System.Net;
using System.Text.Json.Nodes;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>
/// Belvo (here a WireMock server) answers every method with every redirect status, pointing at a second server. Whatever
/// the construction path and whatever the transport does with redirects, the call ends in a
/// <see cref="BelvoRedirectException"/> naming the target, Belvo saw exactly one request, and the second server saw
/// nothing: no body, no credentials, no MFA token.
/// </summary>
public sealed class RedirectTests : IDisposable
{
    private const string Secrets = """{"password":"end-user-password-123","token":"mfa-token-456"}""";

    private readonly BelvoTestServer _belvo = new();
    private readonly WireMockServer _elsewhere = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    private readonly List<IDisposable> _disposables = [];

    public RedirectTests()
    {
        _elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("[]"));
    }

    public enum Setup
    {
        /// <summary><c>new BelvoClient(options)</c>: the SDK's own transport.</summary>
        Constructor,

        /// <summary><c>new BelvoClient(options, pipeline)</c> with a <see cref="SocketsHttpHandler"/> that follows redirects.</summary>
        ConstructorFollowingSocketsHandler,

        /// <summary>A following <see cref="HttpClientHandler"/> under a delegating handler of the user's.</summary>
        ConstructorFollowingWrappedHttpClientHandler,

        /// <summary><c>AddBelvoClient</c>: the factory's primary handler is the SDK's.</summary>
        DependencyInjection,

        /// <summary><c>AddBelvoClient</c> with a primary handler that follows redirects.</summary>
        DependencyInjectionFollowingPrimaryHandler,
    }

    public static TheoryData<int, string, Setup> Cases()
    {
        var data = new TheoryData<int, string, Setup>();
        foreach (var status in new[] { 301, 302, 303, 307, 308 })
        {
            foreach (var method in new[] { "GET", "POST", "PUT", "PATCH", "DELETE" })
            {
                foreach (var setup in Enum.GetValues<Setup>())
                {
                    data.Add(status, method, setup);
                }
            }
        }

        return data;
    }

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        _belvo.Dispose();
        _elsewhere.Stop();
        _elsewhere.Dispose();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_redirect_is_never_followed_and_the_other_server_receives_nothing(int status, string method, Setup setup)
    {
        var target = new Uri(new Uri(_elsewhere.Urls[0]), "/api/links/");
        _belvo.Server.Given(Request.Create().WithPath("/api/links/").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", target.ToString()));
        var client = await CreateAsync(setup);

        var ex = await Assert.ThrowsAsync<BelvoRedirectException>(() => client.SendAsync(
            new HttpMethod(method), "/api/links/", method is "GET" or "DELETE" ? null : JsonNode.Parse(Secrets)));

        Assert.Equal(target, ex.Location);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.False(ex.IsRetryable);
        Assert.Contains("does not follow", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("end-user-password", ex.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
        Assert.Empty(_elsewhere.LogEntries);
    }

    [Fact]
    public async Task A_redirect_to_the_same_address_is_not_followed_either()
    {
        _belvo.Server.Given(Request.Create().WithPath("/api/links").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", "/api/links/"));

        var ex = await Assert.ThrowsAsync<BelvoRedirectException>(() => _belvo.CreateClient().SendAsync(HttpMethod.Get, "/api/links"));

        Assert.Equal(new Uri(_belvo.BaseAddress, "/api/links/"), ex.Location);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task The_retry_policy_never_repeats_a_redirect()
    {
        _belvo.Server.Given(Request.Create().WithPath("/api/links/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", _elsewhere.Urls[0]));
        var client = _belvo.CreateClient(o => o.Retry.MaxRetries = 5);

        await Assert.ThrowsAsync<BelvoRedirectException>(() => client.SendAsync(HttpMethod.Get, "/api/links/"));

        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task A_transport_that_already_sent_requests_and_follows_redirects_is_refused_at_construction()
    {
        var transport = new SocketsHttpHandler { AllowAutoRedirect = true };
        using (var warmUp = new HttpClient(transport, disposeHandler: false))
        {
            await warmUp.GetAsync(_elsewhere.Urls[0]);
        }

        var ex = Assert.Throws<InvalidOperationException>(() => new BelvoClient(_belvo.Options(), new BelvoPipelineOptions { Transport = transport }));

        Assert.Contains("AllowAutoRedirect", ex.Message, StringComparison.Ordinal);
        transport.Dispose();
    }

    [Theory]
    [InlineData(302, "GET")]
    [InlineData(303, "POST")]
    [InlineData(307, "POST")]
    [InlineData(308, "PUT")]
    public async Task An_opaque_transport_that_follows_a_redirect_gets_no_body_to_send_and_its_answer_is_refused(int status, string method)
    {
        var target = new Uri(new Uri(_elsewhere.Urls[0]), "/api/links/");
        _belvo.Server.Given(Request.Create().WithPath("/api/links/").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", target.ToString()));
        var client = new BelvoClient(_belvo.Options(), new BelvoPipelineOptions { Transport = new OpaqueFollowingTransport() });
        _disposables.Add(client);

        var ex = await Assert.ThrowsAsync<BelvoRedirectException>(() => client.SendAsync(
            new HttpMethod(method), "/api/links/", method == "GET" ? null : JsonNode.Parse(Secrets)));

        Assert.Equal(target, ex.Location);
        Assert.Single(_belvo.Requests);

        // What an opaque transport sends is its own doing; the SDK's part is that it never writes the body elsewhere.
        Assert.All(_elsewhere.LogEntries, entry => Assert.True(string.IsNullOrEmpty(entry.RequestMessage.Body), entry.RequestMessage.Body));
    }

    private async Task<IBelvoClient> CreateAsync(Setup setup)
    {
        switch (setup)
        {
            case Setup.Constructor:
                return _belvo.CreateClient();
            case Setup.ConstructorFollowingSocketsHandler:
                return Own(new BelvoClient(_belvo.Options(), new BelvoPipelineOptions { Transport = new SocketsHttpHandler { AllowAutoRedirect = true } }));
            case Setup.ConstructorFollowingWrappedHttpClientHandler:
                return Own(new BelvoClient(
                    _belvo.Options(),
                    new BelvoPipelineOptions { Transport = new PassThrough { InnerHandler = new HttpClientHandler { AllowAutoRedirect = true } } }));
            default:
                var services = new ServiceCollection();
                var builder = services.AddBelvoClient(o =>
                {
                    o.SecretId = BelvoTestServer.SecretId;
                    o.SecretPassword = BelvoTestServer.SecretPassword;
                    o.BaseAddress = _belvo.BaseAddress;
                    o.Retry.MaxRetries = 0;
                });
                if (setup == Setup.DependencyInjectionFollowingPrimaryHandler)
                {
                    builder.HttpClient.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true });
                }

                var provider = services.BuildServiceProvider();
                _disposables.Add(provider);
                await Task.CompletedTask;
                return provider.GetRequiredService<IBelvoClient>();
        }
    }

    private BelvoClient Own(BelvoClient client)
    {
        _disposables.Add(client);
        return client;
    }

    private sealed class PassThrough : DelegatingHandler;

    /// <summary>
    /// A transport the SDK cannot configure that follows redirects itself, as .NET's own redirect handler does: it
    /// re-sends the same request to the new address (dropping the body and turning it into a GET for 301/302/303, and
    /// dropping the Authorization header).
    /// </summary>
    private sealed class OpaqueFollowingTransport : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _network = new(new SocketsHttpHandler { AllowAutoRedirect = false });

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await _network.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                response.Dispose();
                request.RequestUri = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
                request.Headers.Authorization = null;
                if ((int)response.StatusCode is 301 or 302 or 303 && request.Method != HttpMethod.Get)
                {
                    request.Method = HttpMethod.Get;
                    request.Content = null;
                }

                response = await _network.SendAsync(request, cancellationToken);
            }

            return response;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _network.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
