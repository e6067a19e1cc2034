using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task FailNext_fails_exactly_that_many_requests_with_belvo_500s()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        emulator.Faults.FailNext(2);

        (await api.Get("/api/institutions/")).AssertError(500, "unexpected_error");
        (await api.Get("/api/institutions/")).AssertError(500, "unexpected_error");
        Assert.Equal(200, (await api.Get("/api/institutions/")).Code);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Gateway_errors_answer_with_an_html_page_by_default(int status)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        emulator.Faults.FailNext(1, status);
        var result = await api.Get("/api/links/");

        Assert.Equal(status, result.Code);
        Assert.StartsWith("text/html", result.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("<html>", result.Text, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_kind_status_and_path_prefix_can_be_chosen()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        emulator.Faults.FailNext(1, 503, FaultBody.Json);
        (await api.Get("/api/links/")).AssertError(503, "service_unavailable");

        emulator.Faults.FailNext(1, 500, FaultBody.Html);
        Assert.StartsWith("text/html", (await api.Get("/api/links/")).ContentType, StringComparison.Ordinal);

        emulator.Faults.FailNext(1, 400, pathPrefix: "/api/links/");
        Assert.Equal(200, (await api.Get("/api/institutions/")).Code);
        (await api.Post("/api/links/", new { institution = "erebor_mx_retail", username = "u", password = "p" })).AssertError(400, "too_many_sessions");
        Assert.Equal(201, (await api.Post("/api/links/", new { institution = "erebor_mx_retail", username = "u", password = "p" })).Code);

        emulator.Faults.FailNext(3, 408);
        emulator.Faults.Reset();
        Assert.Equal(200, (await api.Get("/api/institutions/")).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.Faults.FailNext(1, 302));
    }

    [Fact]
    public async Task Latency_delays_responses_on_the_emulator_clock()
    {
        var clock = Emulators.Clock();
        await using var emulator = await Emulators.Start(clock);
        using var api = new ApiClient(emulator);
        emulator.Faults.AddLatency(TimeSpan.FromSeconds(3));
        emulator.Faults.AddLatency(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(5), emulator.Faults.Latency);

        var pending = api.Get("/api/institutions/");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (emulator.Requests.Count == 0)
            {
                await Task.Delay(1, timeout.Token);
            }
        }

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(200, (await pending).Code);
    }

    [Fact]
    public async Task The_request_log_records_method_path_query_body_headers_and_status()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        await api.Post("/api/links/?fields=id", new { institution = "erebor_mx_retail", username = "u", password = "p" }, ("X-Test", "yes"));
        await api.Get("/api/nothing/");

        var requests = emulator.Requests;
        Assert.Equal(2, requests.Count);
        var post = requests[0];
        Assert.Equal("POST", post.Method);
        Assert.Equal("/api/links/", post.Path);
        Assert.Equal("fields=id", post.Query);
        Assert.Contains("\"institution\":\"erebor_mx_retail\"", post.Body, StringComparison.Ordinal);
        Assert.Equal("yes", post.Headers["x-test"]);
        Assert.StartsWith("Basic ", post.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal(201, post.StatusCode);
        Assert.Equal(Emulators.Epoch, post.ReceivedAt);
        Assert.Equal(404, requests[1].StatusCode);

        emulator.ClearRequests();
        Assert.Empty(emulator.Requests);
    }
}
