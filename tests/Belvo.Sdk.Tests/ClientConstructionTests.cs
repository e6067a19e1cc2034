using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.Tests;

public sealed class ClientConstructionTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public void Constructing_a_client_sends_nothing()
    {
        using var client = new BelvoClient(_belvo.Options());

        Assert.NotNull(client.Links);
        Assert.Empty(_belvo.Requests);
    }

    [Theory]
    [InlineData(BelvoEnvironment.Sandbox, "https://sandbox.belvo.com/")]
    [InlineData(BelvoEnvironment.Development, "https://development.belvo.com/")]
    [InlineData(BelvoEnvironment.Production, "https://api.belvo.com/")]
    public void Environments_resolve_to_Belvos_base_addresses(BelvoEnvironment environment, string expected)
    {
        var options = new BelvoClientOptions { Environment = environment };

        Assert.Equal(new Uri(expected), options.ResolveBaseAddress());
    }

    [Fact]
    public void The_sandbox_is_the_server_the_current_description_lists()
    {
        // 1.223.0 lists one server (sandbox); production is named in its text only, development nowhere.
        using var spec = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Models.BelvoSpec.RepositoryRoot, "spec", "belvo-openapi.json")));
        var servers = spec.RootElement.GetProperty("servers").EnumerateArray().Select(server => new Uri(server.GetProperty("url").GetString()!)).ToList();

        Assert.Equal([new BelvoClientOptions { Environment = BelvoEnvironment.Sandbox }.ResolveBaseAddress()], servers);
    }

    [Fact]
    public void An_explicit_base_address_wins_over_the_environment()
    {
        var options = new BelvoClientOptions { Environment = BelvoEnvironment.Production, BaseAddress = new Uri("https://proxy.example.com") };

        Assert.Equal(new Uri("https://proxy.example.com"), options.ResolveBaseAddress());
    }

    [Theory]
    [InlineData(2.0, 0.5)]
    [InlineData(0.5, 2.0)]
    public void Retry_delays_beyond_a_day_are_refused_by_the_constructor_not_on_the_first_retry(double baseDelayDays, double maxDelayDays)
    {
        var options = new BelvoClientOptions { SecretId = "id", SecretPassword = "pw" };
        options.Retry.BaseDelay = TimeSpan.FromDays(baseDelayDays);
        options.Retry.MaxDelay = TimeSpan.FromDays(maxDelayDays);

        var ex = Assert.Throws<OptionsValidationException>(() => new BelvoClient(options));

        Assert.Contains("each must be between 0 and 1 day", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "pw", "SecretId is missing")]
    [InlineData("id", "", "SecretPassword is missing")]
    public void Incomplete_keys_are_refused_by_the_constructor(string? id, string? password, string expected)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new BelvoClient(new BelvoClientOptions { SecretId = id, SecretPassword = password }));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://belvo.example.com", false)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://belvo.example.com", true)]
    public void Plain_HTTP_is_accepted_only_for_loopback(string address, bool accepted)
    {
        var options = new BelvoClientOptions { SecretId = "id", SecretPassword = "pw", BaseAddress = new Uri(address) };

        if (accepted)
        {
            using var client = new BelvoClient(options);
        }
        else
        {
            Assert.Contains("must use HTTPS", Assert.Throws<OptionsValidationException>(() => new BelvoClient(options)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_non_positive_timeout_is_refused()
    {
        var options = new BelvoClientOptions { SecretId = "id", SecretPassword = "pw", Timeout = TimeSpan.Zero };

        Assert.Contains("Belvo:Timeout", Assert.Throws<OptionsValidationException>(() => new BelvoClient(options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_never_shows_the_password()
    {
        var text = _belvo.Options().ToString();

        Assert.Contains(BelvoTestServer.SecretId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(BelvoTestServer.SecretPassword, text, StringComparison.Ordinal);
        Assert.Contains("SecretPassword = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_keeps_the_options_it_was_built_with_when_they_change_afterwards()
    {
        _belvo.Respond("POST", "/api/token/", 200, """{"access":"a","refresh":"r"}""");
        var options = _belvo.Options();
        using var client = new BelvoClient(options);

        options.SecretPassword = "rotated-password";
        options.SecretId = "rotated-id";
        options.BaseAddress = new Uri("https://elsewhere.example");
        await client.WidgetTokens.CreateAsync();

        var request = Assert.Single(_belvo.Requests);
        RequestAssert.Sent(
            request,
            "POST",
            "/api/token/",
            jsonBody: $$"""{"id":"{{BelvoTestServer.SecretId}}","password":"{{BelvoTestServer.SecretPassword}}","scopes":"read_institutions,write_links,read_links"}""");
    }

    [Fact]
    public async Task The_constructor_takes_a_transport_of_the_callers()
    {
        _belvo.Respond("GET", "/api/institutions/", 200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        using var transport = new RecordingTransport();
        using var client = new BelvoClient(_belvo.Options(), new BelvoPipelineOptions { Transport = transport });

        await client.Institutions.ListAsync().GetPageAsync();

        Assert.Equal(["GET /api/institutions/?page_size=1000"], transport.Seen);
        Assert.Single(_belvo.Requests);
    }

    private sealed class RecordingTransport : DelegatingHandler
    {
        public RecordingTransport()
            : base(new SocketsHttpHandler())
        {
        }

        public List<string> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen.Add($"{request.Method} {request.RequestUri!.PathAndQuery}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
