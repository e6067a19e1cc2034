using System.Security.Cryptography;
using System.Text;

namespace Belvo.Sdk.Webhooks;

/// <summary>
/// Checks the <c>Authorization</c> header of an incoming webhook against the value you entered in Belvo's
/// dashboard (Belvo sends it verbatim, for example <c>Bearer …</c> or <c>Basic …</c>). The comparison takes
/// the same time whatever the header holds, so it leaks neither the value nor its length; the expected value
/// is kept only as a SHA-256 digest and never shown by <see cref="ToString"/>.
/// </summary>
/// <example>
/// <code>
/// var authorization = WebhookAuthorization.Bearer(configuration["Belvo:WebhookToken"]!);
/// if (!authorization.IsAuthorized(request.Headers.Authorization)) return Results.Unauthorized();
/// </code>
/// </example>
public sealed class WebhookAuthorization
{
    private readonly byte[] expectedDigest;

    /// <summary>Creates a check for the exact header value configured in Belvo's dashboard.</summary>
    /// <param name="expectedHeaderValue">The whole header value, scheme included, for example <c>Bearer s3cr3t</c>.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public WebhookAuthorization(string expectedHeaderValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedHeaderValue);
        expectedDigest = SHA256.HashData(Encoding.UTF8.GetBytes(expectedHeaderValue));
    }

    /// <summary>Creates a check for <c>Bearer {token}</c>.</summary>
    /// <param name="token">The bearer token configured in Belvo's dashboard.</param>
    /// <returns>The check.</returns>
    public static WebhookAuthorization Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new WebhookAuthorization("Bearer " + token);
    }

    /// <summary>Creates a check for <c>Basic base64(userName:password)</c>.</summary>
    /// <param name="userName">The user name configured in Belvo's dashboard.</param>
    /// <param name="password">The password configured in Belvo's dashboard.</param>
    /// <returns>The check.</returns>
    public static WebhookAuthorization Basic(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(password);
        return new WebhookAuthorization("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
    }

    /// <summary>Checks a received <c>Authorization</c> header value, in constant time.</summary>
    /// <param name="authorizationHeader">The header value as received; <see langword="null"/> or empty when the request had none.</param>
    /// <returns><see langword="true"/> only when it is exactly the configured value.</returns>
    public bool IsAuthorized(string? authorizationHeader)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return false;
        }

        Span<byte> actualDigest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(authorizationHeader), actualDigest);
        return CryptographicOperations.FixedTimeEquals(actualDigest, expectedDigest);
    }

    /// <summary>Describes the check without revealing the expected value.</summary>
    /// <returns>A fixed description.</returns>
    public override string ToString() => "WebhookAuthorization { Expected = *** }";
}
