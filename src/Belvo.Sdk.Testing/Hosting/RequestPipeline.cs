using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Belvo.Sdk.Testing.Faults;
using Belvo.Sdk.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace Belvo.Sdk.Testing.Hosting;

/// <summary>
/// What happens to every request, in order: it is recorded, delayed by the injected latency, failed if a fault is
/// queued for it, authenticated, routed (404/405 in Belvo's shape), handled, and written back.
/// </summary>
internal sealed class RequestPipeline(EmulatorContext context, Router router, RequestLog log)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        var path = request.Path.Value ?? "/";
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var latency = context.Faults.Latency;

        // The delay is created before the request is logged, so a test that sees the request in the log can
        // advance a fake clock past it.
        var delay = latency > TimeSpan.Zero ? Task.Delay(latency, context.Options.TimeProvider, http.RequestAborted) : Task.CompletedTask;
        var recorded = new RecordedRequest(context.Now, request.Method, path, query, body, headers);
        log.Add(recorded);
        await delay.ConfigureAwait(false);

        var response = Process(new ApiRequest(request.Method, path, ApiRequest.ParseQuery(query), body, name => headers.GetValueOrDefault(name)));
        recorded.StatusCode = response.StatusCode;
        await WriteAsync(http.Response, response, http.RequestAborted).ConfigureAwait(false);
    }

    private ApiResponse Process(ApiRequest request)
    {
        if (context.Faults.TakeFailure(request.Path) is { } failure)
        {
            return FaultResponses.Create(failure, context.Errors);
        }

        if (!BasicAuthentication.IsAuthorized(request.Header("Authorization"), context.Options))
        {
            var unauthorized = context.Errors.Unauthorized();
            return new ApiResponse
            {
                StatusCode = unauthorized.StatusCode,
                Json = unauthorized.Json,
                Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = "Basic realm=\"api\"" },
            };
        }

        var match = router.Match(request.Method, request.Path);
        if (match.Handler is null)
        {
            return match.AllowedMethods is { } allowed ? context.Errors.MethodNotAllowed(request.Method, allowed) : context.Errors.NotFound();
        }

        request.RouteValues = match.Values!;
        try
        {
            return match.Handler(request);
        }
#pragma warning disable CA1031 // Any failure inside a handler must reach the client as Belvo's 500 shape.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return context.Errors.Error(500, ErrorCodes.UnexpectedError, $"{ErrorCodes.UnexpectedErrorMessage} (emulator: {ex.GetType().Name}: {ex.Message})");
        }
    }

    private static async Task WriteAsync(HttpResponse response, ApiResponse result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.StatusCode;
        foreach (var (name, value) in result.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        var text = result.Json is { } json ? json.ToJsonString(JsonOptions) : result.Text;
        if (text is null)
        {
            return;
        }

        response.ContentType = result.ContentType;
        await response.WriteAsync(text, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
    }
}
