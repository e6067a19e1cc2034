using Belvo.Sdk.Errors;
using Belvo.Sdk.Generator.Operations;
using Belvo.Sdk.Tests.Infrastructure;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Fidelity;

/// <summary>
/// Whatever a successful answer's body is — empty, JSON <c>null</c>, truncated, an HTML page, a value of the wrong
/// shape — every operation that reads a body gives a <see cref="BelvoException"/> with the status, method, path and a
/// bounded snippet, never a <c>JsonException</c>, a <c>NullReferenceException</c> or a <see langword="null"/> result.
/// Operations that answer 204 read no body and are left out.
/// </summary>
public sealed class UnreadableAnswerTests : IDisposable
{
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    public static TheoryData<string, string, string> Cases()
    {
        var bodies = new (string Name, string Body)[]
        {
            ("empty", string.Empty),
            ("null", "null"),
            ("truncated", """{"id": "0d3ffb69-f83b-456e-ad8e-208d0998d71d", "created_at": "2024-"""),
            ("html", "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"),
            ("wrong shape", "12345678901234567890123456789012345678901234567890"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var operation in BelvoSpec.Operations.Operations.Where(operation => operation.Mode != ResponseMode.None))
        {
            foreach (var (name, body) in bodies)
            {
                data.Add($"{operation.Resource}.{operation.Name}", name, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_operation_turns_an_unusable_successful_body_into_a_BelvoException(string operationName, string bodyKind, string body)
    {
        var operation = OperationDriver.Find(operationName);
        var path = OperationDriver.PathOf(operation);
        _belvo.Respond(operation.Method, path, 200, body);

        var ex = await Assert.ThrowsAsync<BelvoException>(() => OperationDriver.CallAsync(_belvo.CreateClient(), operation));

        Assert.Equal(System.Net.HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(operation.Method, ex.Method);
        Assert.StartsWith(path, ex.RequestPath, StringComparison.Ordinal);
        Assert.Contains($"Belvo answered 200 to {operation.Method} {path}", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 800, $"The message is not bounded ({ex.Message.Length} characters): {ex.Message}");
        Assert.False(ex.IsRetryable);
        var quoted = bodyKind switch
        {
            "empty" => "an empty body",
            "null" => "JSON null",
            "html" => "<html><head><title>502 Bad Gateway",
            "wrong shape" => "1234567890",
            _ => "\"created_at\": \"2024-",
        };
        Assert.Contains(quoted, ex.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public void The_matrix_covers_every_response_mode_that_reads_a_body()
    {
        var modes = BelvoSpec.Operations.Operations.Select(operation => operation.Mode).ToHashSet();

        Assert.Superset(new HashSet<ResponseMode> { ResponseMode.Json, ResponseMode.ListOrSingle, ResponseMode.SingleOrList, ResponseMode.Page }, modes);
        Assert.True(Cases().Count >= 4 * BelvoSpec.Operations.Operations.Count(operation => operation.Mode != ResponseMode.None));
    }
}
