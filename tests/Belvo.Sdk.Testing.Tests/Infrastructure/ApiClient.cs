using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Tests.Infrastructure;

/// <summary>Raw HTTP against a running emulator, with the emulator's keys, plus shortcuts for the common setup calls.</summary>
internal sealed class ApiClient : IDisposable
{
    private readonly HttpClient http;

    public ApiClient(BelvoEmulator emulator) => http = emulator.CreateClient();

    public Task<ApiResult> Get(string path) => Send(HttpMethod.Get, path, null);

    public Task<ApiResult> Post(string path, object? body = null, params (string Name, string Value)[] headers) => Send(HttpMethod.Post, path, body, headers);

    public Task<ApiResult> Patch(string path, object? body = null) => Send(HttpMethod.Patch, path, body);

    public Task<ApiResult> Put(string path, object? body = null) => Send(HttpMethod.Put, path, body);

    public Task<ApiResult> Delete(string path) => Send(HttpMethod.Delete, path, null);

    public async Task<ApiResult> Send(HttpMethod method, string path, object? body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string text ? new StringContent(text, Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        return await ApiResult.ReadAsync(response);
    }

    /// <summary>Registers a link that must succeed (201) and returns it.</summary>
    public async Task<JsonObject> RegisterLink(
        string institution = "erebor_mx_retail",
        string username = EmulatorCredentials.ValidUsername,
        string accessMode = "single",
        string? externalId = null)
    {
        var result = await Post("/api/links/", new { institution, username, password = EmulatorCredentials.ValidPassword, access_mode = accessMode, external_id = externalId });
        Assert.True(result.Code == 201, result.Text);
        return result.Object;
    }

    /// <summary>Retrieves transactions for a link over a date range and returns the response.</summary>
    public Task<ApiResult> RetrieveTransactions(string linkId, string from, string to, bool saveData = true) =>
        Post("/api/transactions/", new { link = linkId, date_from = from, date_to = to, save_data = saveData });

    public void Dispose() => http.Dispose();
}
