using System.Net;
using BenchmarkDotNet.Attributes;
using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Benchmarks;

/// <summary>Turning Belvo error bodies into typed exceptions: the 428 MFA answer and a proxy's HTML 502.</summary>
[MemoryDiagnoser]
public class ErrorParsingBenchmarks
{
    private const string TokenRequired = """
        [{"code":"token_required","message":"A MFA token is required by the institution to login","request_id":"8b47d3b2f1d14f0e9a0c2e6b1d2f3a4b",
          "session":"2675b703b9d4451f8d4861a3eee54449","expiry":9600,"link":"30cb4806-6e00-48a4-91c9-ca55968576c8",
          "token_generation_data":{"instructions":"Use the code","type":"numeric","value":"12345","expects_user_input":true}}]
        """;

    private static readonly string Html = "<html><body>" + new string('x', 20_000) + "</body></html>";

    [Benchmark]
    public BelvoException TokenRequiredBody() => BelvoErrorParser.Create((HttpStatusCode)428, TokenRequired, "POST", "/api/links/", null);

    [Benchmark]
    public BelvoException HtmlBadGateway() => BelvoErrorParser.Create(HttpStatusCode.BadGateway, Html, "GET", "/api/links/", null);
}
