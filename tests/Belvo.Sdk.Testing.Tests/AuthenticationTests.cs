using System.Net.Http.Headers;
using System.Text;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Requests_without_credentials_get_401_authentication_failed()
    {
        await using var emulator = await Emulators.Start();
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await http.GetAsync("/api/institutions/");
        var result = await ApiResult.ReadAsync(response);

        var error = result.AssertError(401, "authentication_failed");
        Assert.Equal("Invalid Secret Keys", (string?)error["message"]);
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("emulator-secret-id", "wrong-password")]
    [InlineData("wrong-id", "emulator-secret-password")]
    public async Task Wrong_keys_get_401_with_a_fresh_request_id_each_time(string id, string password)
    {
        await using var emulator = await Emulators.Start();
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{password}")));

        var ids = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync("/api/links/");
            var result = await ApiResult.ReadAsync(response);
            ids.Add((string)result.AssertError(401, "authentication_failed")["request_id"]!);
        }

        Assert.Equal(3, ids.Count);
    }

    [Fact]
    public async Task Configured_keys_replace_the_defaults()
    {
        await using var emulator = await Emulators.Start(configure: o =>
        {
            o.SecretId = "my-id";
            o.SecretPassword = "my-password";
        });
        Assert.Equal("my-id", emulator.SecretId);
        Assert.Equal("my-password", emulator.SecretPassword);
        using var api = new ApiClient(emulator);

        Assert.Equal(200, (await api.Get("/api/")).Code);

        using var defaults = new HttpClient { BaseAddress = emulator.BaseAddress };
        defaults.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BelvoEmulatorOptions.DefaultSecretId}:{BelvoEmulatorOptions.DefaultSecretPassword}")));
        using var rejected = await defaults.GetAsync("/api/");
        Assert.Equal(401, (int)rejected.StatusCode);
    }

    [Fact]
    public async Task Api_root_answers_the_sdk_login_check_with_absolute_endpoint_urls()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var root = await api.Get("/api/");

        Assert.Equal(200, root.Code);
        Assert.Equal(new Uri(emulator.BaseAddress, "/api/links/").ToString(), (string?)root.Object["links"]);
    }
}
