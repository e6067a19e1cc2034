using System.Text;
using System.Text.Json.Nodes;
using Belvo.Sdk;
using Microsoft.Extensions.Logging;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Belvo.Sdk.Tests.Infrastructure;

/// <summary>A WireMock server on 127.0.0.1 standing in for Belvo, and clients pointed at it.</summary>
public sealed class BelvoTestServer : IDisposable
{
    public const string SecretId = "test-secret-id";
    public const string SecretPassword = "s3cr3t-Pa55word-never-logged";

    public static readonly string ExpectedAuthorization =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SecretId}:{SecretPassword}"));

    private readonly List<BelvoClient> _clients = [];

    public BelvoTestServer()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    }

    public WireMockServer Server { get; }

    public Uri BaseAddress => new(Server.Urls[0]);

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();

    /// <summary>A client with retries off unless <paramref name="configure"/> turns them on.</summary>
    public BelvoClient CreateClient(Action<BelvoClientOptions>? configure = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        var options = Options(configure);
        var client = new BelvoClient(options, loggerFactory, timeProvider);
        _clients.Add(client);
        return client;
    }

    public BelvoClientOptions Options(Action<BelvoClientOptions>? configure = null)
    {
        var options = new BelvoClientOptions
        {
            SecretId = SecretId,
            SecretPassword = SecretPassword,
            BaseAddress = BaseAddress,
        };
        options.Retry.MaxRetries = 0;
        configure?.Invoke(options);
        return options;
    }

    public void Respond(string method, string path, int status, string? body = null, IDictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithBody(body).WithHeader("Content-Type", body.TrimStart().StartsWith('<') ? "text/html" : "application/json");
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    /// <summary>Answers the listed responses one per call to a path, then keeps answering the last one.</summary>
    public void RespondInSequence(string method, string path, params (int Status, string? Body)[] answers)
    {
        var scenario = $"{method} {path}";
        for (var i = 0; i < answers.Length; i++)
        {
            var (status, body) = answers[i];
            var response = Response.Create().WithStatusCode(status);
            if (body is not null)
            {
                response = response.WithBody(body).WithHeader("Content-Type", body.TrimStart().StartsWith('<') ? "text/html" : "application/json");
            }

            var mapping = Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs($"answer {i}");
            }

            if (i < answers.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"answer {i + 1}");
            }

            mapping.RespondWith(response);
        }
    }

    public static string Payload(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"));

    public static JsonNode PayloadNode(string name) => JsonNode.Parse(Payload(name))!;

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        Server.Stop();
        Server.Dispose();
    }
}
