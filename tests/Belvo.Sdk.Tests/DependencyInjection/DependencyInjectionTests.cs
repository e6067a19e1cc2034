using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Belvo.Sdk.Tests.DependencyInjection;

public sealed class DependencyInjectionTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public async Task AddBelvoClient_from_configuration_binds_options_and_sends_authenticated_requests()
    {
        _belvo.Respond("GET", "/api/institutions/", 200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Belvo:SecretId"] = BelvoTestServer.SecretId,
            ["Belvo:SecretPassword"] = BelvoTestServer.SecretPassword,
            ["Belvo:BaseAddress"] = _belvo.BaseAddress.ToString(),
            ["Belvo:Timeout"] = "00:00:45",
            ["Belvo:Retry:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddBelvoClient(configuration.GetSection("Belvo"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<BelvoClientOptions>>().Value;
        var client = provider.GetRequiredService<IBelvoClient>();
        await client.Institutions.ListPageAsync();

        Assert.Equal(TimeSpan.FromSeconds(45), options.Timeout);
        Assert.Equal(2, options.Retry.MaxRetries);
        RequestAssert.Sent(_belvo.Requests.Single(), "GET", "/api/institutions/", new Dictionary<string, string> { ["page_size"] = "1000" });
    }

    [Fact]
    public async Task The_returned_builder_adds_the_users_own_handler_after_Belvos()
    {
        _belvo.Respond("GET", "/api/institutions/", 200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddBelvoClient(o =>
        {
            o.SecretId = BelvoTestServer.SecretId;
            o.SecretPassword = BelvoTestServer.SecretPassword;
            o.BaseAddress = _belvo.BaseAddress;
        }).AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IBelvoClient>().Institutions.ListPageAsync();

        Assert.Equal(["GET /api/institutions/?page_size=1000"], seen);
    }

    [Fact]
    public void Missing_keys_fail_validation_with_a_message_that_says_how_to_fix_them()
    {
        var services = new ServiceCollection();
        services.AddBelvoClient(o => o.BaseAddress = new Uri("http://belvo.example.com"));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BelvoClientOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.Contains("Belvo:SecretId is missing", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Belvo:SecretPassword is missing", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("must use HTTPS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validation_runs_when_the_host_starts()
    {
        var services = new ServiceCollection();
        services.AddBelvoClient(o => o.SecretId = "only-the-id");
        await using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<IStartupValidator>();

        var ex = Assert.Throws<OptionsValidationException>(validator.Validate);

        Assert.Contains("SecretPassword", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_scope_gets_its_own_client_and_disposing_the_scope_leaves_the_root_usable()
    {
        _belvo.Respond("GET", "/api/institutions/", 200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        var services = new ServiceCollection();
        services.AddBelvoClient(o =>
        {
            o.SecretId = BelvoTestServer.SecretId;
            o.SecretPassword = BelvoTestServer.SecretPassword;
            o.BaseAddress = _belvo.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        IBelvoClient first, second;
        await using (var scope = provider.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<IBelvoClient>();
            Assert.Same(first, scope.ServiceProvider.GetRequiredService<IBelvoClient>());
            await first.Institutions.ListPageAsync();
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            second = scope.ServiceProvider.GetRequiredService<IBelvoClient>();
            await second.Institutions.ListPageAsync();
        }

        Assert.NotSame(first, second);
        Assert.Equal(2, _belvo.Requests.Count);
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add($"{request.Method} {request.RequestUri!.PathAndQuery}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
