using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Belvo.Sdk.Models;

namespace Belvo.Sdk.Benchmarks;

/// <summary>
/// One 50 MiB page of transactions read through the whole client (handlers, paging, the page reader) from a transport
/// that streams the body as a network would, never holding it whole: what reading a huge page costs in allocations and
/// in peak memory. The page holds about 33,000 copies of the spec's transaction example: far more than the 1,000 Belvo
/// sends, to make the body's own size dominate everything else.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OnePagePerIteration))]
public class LargePageBenchmarks
{
    /// <summary>The size of the page's body.</summary>
    public const int PageMiB = 50;

    private BelvoClient _client = null!;
    private HttpMessageInvoker _transport = null!;

    private static HttpMessageHandler? _lastTransport;

    /// <summary>Gets the body's exact size in bytes, once built.</summary>
    public static long BodyBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _client = CreateClient(PageMiB);
        _transport = new HttpMessageInvoker(_lastTransport!);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _transport.Dispose();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// LargePage: body {BodyBytes / 1048576.0:F1} MiB, process peak working set {process.PeakWorkingSet64 / 1048576.0:F1} MiB");
    }

    /// <summary>For comparison: the same page read the way the SDK avoids, as one string, then parsed.</summary>
    [Benchmark]
    public async Task<int> BufferedAsAString()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://sandbox.belvo.com/api/transactions/");
        using var response = await _transport.SendAsync(request, CancellationToken.None);
        var text = await response.Content.ReadAsStringAsync();
        return System.Text.Json.JsonSerializer.Deserialize(text, Serialization.BelvoJsonContext.Default.BelvoPageTransaction)!.Results.Count;
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ReadOneFiftyMiBPage()
    {
        var page = await _client.Transactions.ListAsync(new TransactionListOptions { Link = Guid.NewGuid() }).GetPageAsync();
        return page.Results.Count;
    }

    /// <summary>A client whose transport answers every request with the same streamed page of about <paramref name="mebibytes"/> MiB.</summary>
    public static BelvoClient CreateClient(int mebibytes)
    {
        var item = Encoding.UTF8.GetBytes(ItemTemplate());
        var prefix = Encoding.UTF8.GetBytes("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[");
        var suffix = Encoding.UTF8.GetBytes("]}");
        var items = (int)(((long)mebibytes * 1048576 - prefix.Length - suffix.Length) / (item.Length + 1));
        BodyBytes = prefix.Length + suffix.Length + ((long)items * item.Length) + items - 1;
        var options = new BelvoClientOptions { SecretId = "id", SecretPassword = "password" };
        _lastTransport = new StreamingPageTransport(prefix, item, items, suffix);
        return new BelvoClient(options, new BelvoPipelineOptions { Transport = new StreamingPageTransport(prefix, item, items, suffix) });
    }

    private static string ItemTemplate()
    {
        var text = Regex.Replace(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "transactions_retrieve.json")), "([0-9a-f-]{36})X\"", "$1\"");
        return JsonNode.Parse(text)!.AsArray()[0]!.ToJsonString();
    }

    /// <summary>Answers with a page body produced as it is read: prefix, the item repeated, suffix.</summary>
    private sealed class StreamingPageTransport(byte[] prefix, byte[] item, int items, byte[] suffix) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new PageStream(prefix, item, items, suffix), 16 * 1024);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    private sealed class PageStream(byte[] prefix, byte[] item, int items, byte[] suffix) : Stream
    {
        private static readonly byte[] Comma = [(byte)','];
        private int _part = -1; // -1 prefix, 0..2*items-2 items and commas, then suffix, then end
        private byte[] _current = prefix;
        private int _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && _current.Length > 0)
            {
                var n = Math.Min(buffer.Length - written, _current.Length - _offset);
                _current.AsSpan(_offset, n).CopyTo(buffer[written..]);
                written += n;
                _offset += n;
                if (_offset == _current.Length)
                {
                    Advance();
                }
            }

            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private void Advance()
        {
            _offset = 0;
            _part++;
            var last = (2 * items) - 2;
            _current = _part <= last ? (_part % 2 == 0 ? item : Comma) : _part == last + 1 ? suffix : [];
        }
    }
}

/// <summary>One read per iteration (a read takes about a second), five iterations, in the benchmark's own process.</summary>
public sealed class OnePagePerIteration : ManualConfig
{
    public OnePagePerIteration() =>
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("OnePagePerIteration"));
}
