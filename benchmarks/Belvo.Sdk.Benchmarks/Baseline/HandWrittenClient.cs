using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Belvo.Sdk.Benchmarks.Baseline;

/// <summary>
/// What a performance-minded engineer writes without the SDK: one <see cref="HttpClient"/> with Basic auth,
/// <see cref="HttpCompletionOption.ResponseHeadersRead"/>, and <see cref="JsonSerializer.DeserializeAsync{TValue}(Stream, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue}, CancellationToken)"/>
/// straight from the network stream with a source-generated context of its own minimal records. No retries, no
/// typed errors, no telemetry: the floor the SDK is measured against.
/// </summary>
public sealed class HandWrittenClient : IDisposable
{
    private readonly HttpClient _http;

    public HandWrittenClient(Uri baseAddress)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(15),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            BaseAddress = baseAddress,
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("id:password")));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async IAsyncEnumerable<TransactionDto> ListTransactionsAsync(Guid link, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? url = $"api/transactions/?link={link}&page_size=1000";
        while (url is not null)
        {
            var page = await GetPageAsync(url, cancellationToken).ConfigureAwait(false);
            foreach (var transaction in page.Results)
            {
                yield return transaction;
            }

            url = page.Next;
        }
    }

    public async Task<TransactionPageDto> GetPageAsync(string url, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.TransactionPageDto, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("null page");
        }
    }

    public async Task<AccountDto> GetAccountAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync($"api/accounts/{id}/", HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.AccountDto, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("null account");
        }
    }

    public async Task<List<TransactionDto>> RetrieveTransactionsAsync(Guid link, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        using var content = JsonContent.Create(new RetrieveRequestDto { Link = link, DateFrom = from, DateTo = to }, BaselineJsonContext.Default.RetrieveRequestDto);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/transactions/") { Content = content };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.ListTransactionDto, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("null list");
        }
    }

    public void Dispose() => _http.Dispose();
}
