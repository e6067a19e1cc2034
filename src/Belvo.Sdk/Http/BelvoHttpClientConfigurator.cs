using System.Net.Http.Headers;
using System.Reflection;
using System.Text;

namespace Belvo.Sdk.Http;

/// <summary>
/// Sets up the <see cref="HttpClient"/> every Belvo call goes through: base address, Basic authentication
/// with the secret keys, User-Agent and Accept headers. The one place credentials are attached.
/// </summary>
internal static class BelvoHttpClientConfigurator
{
    internal static readonly string SdkVersion =
        typeof(BelvoClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(BelvoClient).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    /// <summary>Gets the User-Agent product token of this SDK, for example <c>Belvo.Sdk/0.1.0</c>.</summary>
    public static string UserAgentProduct => $"Belvo.Sdk/{SdkVersion}";

    public static void Configure(HttpClient httpClient, BelvoClientOptions options)
    {
        httpClient.BaseAddress = options.ResolveBaseAddress();

        // Per-attempt timeouts are enforced by BelvoTimeoutHandler, which can tell them from cancellation.
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
        var headers = httpClient.DefaultRequestHeaders;
        headers.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.SecretId}:{options.SecretPassword}")));
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        headers.UserAgent.ParseAdd(UserAgentProduct);
        headers.UserAgent.Add(new ProductInfoHeaderValue($"(.NET {Environment.Version})"));
        if (!string.IsNullOrWhiteSpace(options.ApplicationName))
        {
            headers.UserAgent.ParseAdd(options.ApplicationName);
        }
    }
}
