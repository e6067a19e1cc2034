using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Generator.Model;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Tests.Fidelity;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>
/// Feeds mutated Belvo answers to every operation that reads a body, through the whole client (handlers, error
/// classification, readers) over an in-memory transport: the spec's examples and every documented property's sample,
/// with fields removed, values set to null, values of the wrong type, extra fields, numbers beyond <see cref="decimal"/>,
/// truncated text. Each call must give a value or a <see cref="BelvoException"/>, never another exception. The seed is
/// fixed, so a failure names a case that reproduces.
/// </summary>
public sealed class MutatedAnswerFuzzTests
{
    private const int Seed = 20261130;
    private const int CasesPerOperation = 40;

    private static readonly string[] HugeNumbers =
    [
        "79228162514264337593543950336", // decimal.MaxValue + 1
        "-79228162514264337593543950336",
        "1e400",
        "1.7976931348623157e309",
        "0.0000000000000000000000000000001",
        "99999999999999999999999999999999999999999999",
    ];

    [Fact]
    public async Task Every_operation_gives_a_value_or_a_BelvoException_whatever_the_answer()
    {
        var transport = new ScriptedTransport();
        using var client = new BelvoClient(
            new BelvoClientOptions { SecretId = "id", SecretPassword = "password", BaseAddress = new Uri("https://sandbox.belvo.com"), Retry = { MaxRetries = 0 } },
            new BelvoPipelineOptions { Transport = transport });
        var random = new Random(Seed);
        var failures = new List<string>();
        var cases = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var operation in BelvoSpec.Operations.Operations.Where(operation => operation.Mode != ResponseMode.None))
        {
            var seeds = Seeds(operation);
            for (var i = 0; i < CasesPerOperation; i++)
            {
                var seed = seeds[random.Next(seeds.Count)];
                var (body, description) = Mutate(seed, random);
                transport.Next(operation.Method == "POST" ? HttpStatusCode.Created : HttpStatusCode.OK, body);
                cases++;
                string outcome;
                try
                {
                    await OperationDriver.CallAsync(client, operation);
                    outcome = "value";
                }
                catch (BelvoException)
                {
                    outcome = nameof(BelvoException);
                }
                catch (Exception ex)
                {
                    outcome = ex.GetType().Name;
                    failures.Add($"case {cases} {operation.Resource}.{operation.Name} ({description}): {ex.GetType().Name}: {ex.Message}\n  body: {Snippet(body)}");
                }

                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        Assert.True(cases >= 2000, $"Only {cases} cases ran.");
        Assert.True(outcomes.GetValueOrDefault("value") > cases / 10, $"Too few mutations still read as a value: {string.Join(", ", outcomes)}");
        Assert.True(outcomes.GetValueOrDefault(nameof(BelvoException)) > cases / 10, $"Too few mutations were refused: {string.Join(", ", outcomes)}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases threw something else than a BelvoException:\n{string.Join("\n", failures.Take(20))}");
    }

    /// <summary>The answers an operation may get: its spec examples and a sample of every documented property, shaped as the operation answers.</summary>
    private static List<JsonNode> Seeds(OperationModel operation)
    {
        var seeds = new List<JsonNode>();
        var prefix = $"{operation.Method} {operation.Path.TrimEnd('/')} ";
        foreach (var (key, (_, json)) in SpecExamples.Responses)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && JsonNode.Parse(json) is { } example)
            {
                seeds.Add(example);
            }
        }

        var item = operation.Item ?? operation.Result;
        while (item is { Kind: TypeKind.List or TypeKind.Page, Item: { } inner })
        {
            item = inner;
        }

        var schemaId = item is null ? null : BelvoSpec.Models.SchemaTypes.FirstOrDefault(pair => pair.Value == item).Key;
        var sample = schemaId is null ? new JsonObject { ["id"] = "0d3ffb69-f83b-456e-ad8e-208d0998d71d" } : SchemaSamples.Build(BelvoSpec.Schemas[schemaId]) ?? new JsonObject();
        switch (operation.Mode)
        {
            case ResponseMode.Page:
                seeds.Add(new JsonObject { ["count"] = 2, ["next"] = null, ["previous"] = null, ["results"] = new JsonArray(sample.DeepClone(), sample.DeepClone()) });
                break;
            case ResponseMode.ListOrSingle or ResponseMode.SingleOrList:
                seeds.Add(new JsonArray(sample.DeepClone()));
                seeds.Add(sample.DeepClone());
                break;
            default:
                seeds.Add(operation.Result is { Kind: TypeKind.List } ? new JsonArray(sample.DeepClone()) : sample.DeepClone());
                break;
        }

        return seeds;
    }

    /// <summary>Applies one to three mutations to a copy of the seed; returns the body and what was done.</summary>
    private static (string Body, string Description) Mutate(JsonNode seed, Random random)
    {
        var root = seed.DeepClone();
        var done = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var nodes = Flatten(root).ToList();
            var (target, path) = nodes[random.Next(nodes.Count)];
            switch (random.Next(7))
            {
                case 0 when target.Parent is JsonObject parent:
                    parent.Remove(Key(target));
                    done.Add($"removed {path}");
                    break;
                case 1 when target.Parent is { } parent:
                    Replace(parent, target, null);
                    done.Add($"null at {path}");
                    break;
                case 2 when target.Parent is { } parent:
                    Replace(parent, target, WrongType(target, random));
                    done.Add($"wrong type at {path}");
                    break;
                case 3 when target is JsonObject obj:
                    obj[$"unknown_{random.Next(1000)}"] = random.Next(2) == 0 ? new JsonObject { ["nested"] = new JsonArray(1, "two", null) } : JsonValue.Create("extra");
                    done.Add($"extra field in {path}");
                    break;
                case 4 when target.Parent is { } parent:
                    Replace(parent, target, JsonNode.Parse(HugeNumbers[random.Next(HugeNumbers.Length)]));
                    done.Add($"huge number at {path}");
                    break;
                case 5 when target.Parent is { } parent:
                    Replace(parent, target, JsonValue.Create(new string('x', random.Next(1, 5000))));
                    done.Add($"long string at {path}");
                    break;
                default:
                    done.Add("unchanged");
                    break;
            }
        }

        var text = root.ToJsonString();
        if (random.Next(8) == 0 && text.Length > 2)
        {
            text = text[..random.Next(1, text.Length)];
            done.Add("truncated");
        }

        return (text, string.Join(", ", done));
    }

    private static JsonNode? WrongType(JsonNode node, Random random) => node switch
    {
        JsonObject => random.Next(2) == 0 ? new JsonArray(1, 2) : JsonValue.Create("an object was expected"),
        JsonArray => random.Next(2) == 0 ? new JsonObject { ["not"] = "a list" } : JsonValue.Create(42),
        JsonValue value when value.TryGetValue<string>(out _) => random.Next(2) == 0 ? JsonValue.Create(12345) : JsonValue.Create(true),
        JsonValue value when value.TryGetValue<bool>(out _) => JsonValue.Create("yes"),
        _ => random.Next(2) == 0 ? JsonValue.Create("12,5 MXN") : new JsonObject(),
    };

    private static IEnumerable<(JsonNode Node, string Path)> Flatten(JsonNode node)
    {
        yield return (node, node.GetPath());
        var children = node switch
        {
            JsonObject obj => obj.Select(pair => pair.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Flatten(child))
            {
                yield return descendant;
            }
        }
    }

    private static string Key(JsonNode node) => node.GetPropertyName();

    private static void Replace(JsonNode parent, JsonNode target, JsonNode? replacement)
    {
        if (parent is JsonObject obj)
        {
            obj[target.GetPropertyName()] = replacement;
        }
        else if (parent is JsonArray array)
        {
            array[target.GetElementIndex()] = replacement;
        }
    }

    private static string Snippet(string body) => body.Length > 300 ? body[..300] + "…" : body;

    /// <summary>Answers every request with the next scripted body, streamed like a network answer.</summary>
    private sealed class ScriptedTransport : HttpMessageHandler
    {
        private HttpStatusCode _status;
        private byte[] _body = [];

        public void Next(HttpStatusCode status, string body)
        {
            _status = status;
            _body = Encoding.UTF8.GetBytes(body);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(_body, writable: false));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(_status) { Content = content, RequestMessage = request });
        }
    }
}
