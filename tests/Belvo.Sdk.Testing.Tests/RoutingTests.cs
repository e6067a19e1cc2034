using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class RoutingTests
{
    [Theory]
    [InlineData("/api/nothing-here/")]
    [InlineData("/api/links")]
    [InlineData("/api/links/0f6d7a3c-8a8e-4c3e-9d4f-2f8a6a0b1c2d/")]
    [InlineData("/api/accounts/0f6d7a3c-8a8e-4c3e-9d4f-2f8a6a0b1c2d/")]
    [InlineData("/api/institutions/abc/")]
    [InlineData("/api/institutions/99999/")]
    public async Task Unknown_paths_and_ids_get_404_not_found(string path)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        (await api.Get(path)).AssertError(404, "not_found");
    }

    [Theory]
    [InlineData("PUT", "/api/links/", "GET, POST, PATCH")]
    [InlineData("DELETE", "/api/institutions/", "GET")]
    [InlineData("PATCH", "/api/tax-returns/", "GET, POST")]
    [InlineData("POST", "/api/accounts/abc/", "GET, DELETE")]
    public async Task Wrong_methods_get_405_with_the_allowed_ones(string method, string path, string allowed)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var result = await api.Send(new HttpMethod(method), path, null);

        result.AssertError(405, "method_not_allowed");
        Assert.Equal(allowed, result.Headers["Allow"]);
    }

    [Fact]
    public async Task Invalid_json_bodies_get_400_parse_error()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        (await api.Post("/api/links/", "{not json")).AssertError(400, "parse_error");
    }

    [Fact]
    public async Task Dispose_stops_the_server()
    {
        var emulator = await Emulators.Start();
        using var http = emulator.CreateClient();
        Assert.True((await http.GetAsync("/api/")).IsSuccessStatusCode);

        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/api/"));
    }

    [Fact]
    public async Task Starting_takes_well_under_a_second_and_binds_127_0_0_1()
    {
        await (await BelvoEmulator.StartAsync()).DisposeAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await using var emulator = await BelvoEmulator.StartAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Start took {watch.Elapsed}");
        Assert.Equal("127.0.0.1", emulator.BaseAddress.Host);
        Assert.NotEqual(0, emulator.BaseAddress.Port);
    }

    [Fact]
    public async Task Invalid_options_are_rejected_at_start()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => BelvoEmulator.StartAsync(new BelvoEmulatorOptions { DefaultPageSize = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => BelvoEmulator.StartAsync(new BelvoEmulatorOptions { SecretId = string.Empty }));
    }
}
