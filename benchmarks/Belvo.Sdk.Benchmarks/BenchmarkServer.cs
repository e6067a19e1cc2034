using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// The server both clients of a benchmark talk to: Kestrel on 127.0.0.1 answering with bytes built once, so the
/// server's own cost is the same for the SDK and the baseline. <c>GET /api/transactions/</c> answers pages of 1,000
/// transactions (<c>?page=N</c>, with a <c>next</c> link until <see cref="TotalTransactions"/>), <c>POST
/// /api/transactions/</c> answers 1,000 transactions, <c>GET /api/accounts/{id}/</c> one account.
/// </summary>
public sealed class BenchmarkServer : IAsyncDisposable
{
    public const int PageSize = 1000;

    private readonly WebApplication _app;
    private readonly byte[] _items;
    private readonly byte[] _account;

    private BenchmarkServer(WebApplication app, int totalTransactions)
    {
        _app = app;
        TotalTransactions = totalTransactions;
        _items = Encoding.UTF8.GetBytes(PayloadFactory.TransactionsArray(PageSize));
        _account = Encoding.UTF8.GetBytes(PayloadFactory.Account());
    }

    public static Guid LinkId { get; } = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");

    public static Guid AccountId { get; } = Guid.Parse("0f82c5db-13a2-43c7-a69a-e036160aba3a");

    public int TotalTransactions { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets the number of bytes of one page's body, for the notes.</summary>
    public int PageBytes => _items.Length;

    public static async Task<BenchmarkServer> StartAsync(int totalTransactions = 50_000)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new BenchmarkServer(app, totalTransactions);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.ContentType = "application/json";
        if (request.Path.StartsWithSegments("/api/accounts", StringComparison.Ordinal) && HttpMethods.IsGet(request.Method))
        {
            response.ContentLength = _account.Length;
            await response.Body.WriteAsync(_account).ConfigureAwait(false);
            return;
        }

        if (request.Path == "/api/transactions/" && HttpMethods.IsPost(request.Method))
        {
            await request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
            response.StatusCode = 201;
            response.ContentLength = _items.Length;
            await response.Body.WriteAsync(_items).ConfigureAwait(false);
            return;
        }

        if (request.Path == "/api/transactions/" && HttpMethods.IsGet(request.Method))
        {
            var page = int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
            var pages = (TotalTransactions + PageSize - 1) / PageSize;
            var next = page < pages
                ? $"\"{BaseAddress}api/transactions/?link={LinkId}&page={page + 1}&page_size={PageSize}\""
                : "null";
            var previous = page > 1 ? $"\"{BaseAddress}api/transactions/?link={LinkId}&page={page - 1}&page_size={PageSize}\"" : "null";
            var head = Encoding.UTF8.GetBytes($"{{\"count\":{TotalTransactions},\"next\":{next},\"previous\":{previous},\"results\":");
            response.ContentLength = head.Length + _items.Length + 1;
            await response.Body.WriteAsync(head).ConfigureAwait(false);
            await response.Body.WriteAsync(_items).ConfigureAwait(false);
            await response.Body.WriteAsync("}"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        response.StatusCode = 404;
    }
}
