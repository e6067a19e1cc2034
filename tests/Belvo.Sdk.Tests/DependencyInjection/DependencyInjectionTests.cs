using Belvo.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        await client.Institutions.ListAsync().GetPageAsync();

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
        }).HttpClient.AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IBelvoClient>().Institutions.ListAsync().GetPageAsync();

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
    public async Task IBelvoClient_is_one_singleton_that_a_BackgroundService_takes_with_scope_validation_on()
    {
        _belvo.Respond("GET", "/api/institutions/", 200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Services.AddBelvoClient(o =>
        {
            o.SecretId = BelvoTestServer.SecretId;
            o.SecretPassword = BelvoTestServer.SecretPassword;
            o.BaseAddress = _belvo.BaseAddress;
        });
        builder.Services.AddSingleton<InstitutionsWorker>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<InstitutionsWorker>());
        using var host = builder.Build();

        await host.StartAsync();
        var worker = host.Services.GetRequiredService<InstitutionsWorker>();
        var listed = await worker.Listed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.StopAsync();

        Assert.Equal(0, listed);
        Assert.Same(host.Services.GetRequiredService<IBelvoClient>(), worker.Client);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Same(worker.Client, scope.ServiceProvider.GetRequiredService<IBelvoClient>());
        }

        RequestAssert.Sent(Assert.Single(_belvo.Requests), "GET", "/api/institutions/", new Dictionary<string, string> { ["page_size"] = "1000" });
    }

    [Fact]
    public async Task Every_resource_interface_resolves_to_the_registered_clients_own_resource()
    {
        var services = new ServiceCollection();
        services.AddBelvoClient(o =>
        {
            o.SecretId = BelvoTestServer.SecretId;
            o.SecretPassword = BelvoTestServer.SecretPassword;
            o.BaseAddress = _belvo.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var client = provider.GetRequiredService<IBelvoClient>();

        foreach (var property in typeof(IBelvoClient).GetProperties())
        {
            Assert.Same(property.GetValue(client), provider.GetRequiredService(property.PropertyType));
        }

        Assert.Same(client.Accounts, provider.GetRequiredService<IAccountsClient>());
    }

    [Fact]
    public async Task Disposing_the_container_disposes_the_client_and_nothing_disposable_is_left_behind()
    {
        var services = new ServiceCollection();
        services.AddBelvoClient(o =>
        {
            o.SecretId = BelvoTestServer.SecretId;
            o.SecretPassword = BelvoTestServer.SecretPassword;
            o.BaseAddress = _belvo.BaseAddress;
        });
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IBelvoClient>();

        await provider.DisposeAsync();

        var ex = await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => client.Institutions.ListAsync().GetPageAsync());
        Assert.Contains("HttpClient", ex.ObjectName ?? ex.Message, StringComparison.Ordinal);
    }

    private sealed class InstitutionsWorker(IBelvoClient client) : BackgroundService
    {
        public IBelvoClient Client => client;

        public TaskCompletionSource<int> Listed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var page = await client.Institutions.ListAsync(cancellationToken: stoppingToken).GetPageAsync(cancellationToken: stoppingToken);
            Listed.SetResult(page.Count);
        }
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
