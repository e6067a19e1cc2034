using System.Text;

namespace Belvo.Sdk.Testing.Hosting;

/// <summary>Checks the HTTP Basic credentials of a request against the emulator's Secret Key ID and password.</summary>
internal static class BasicAuthentication
{
    public static bool IsAuthorized(string? header, BelvoEmulatorOptions options)
    {
        const string prefix = "Basic ";
        if (header is null || !header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[prefix.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        return separator >= 0
            && string.Equals(decoded[..separator], options.SecretId, StringComparison.Ordinal)
            && string.Equals(decoded[(separator + 1)..], options.SecretPassword, StringComparison.Ordinal);
    }

    /// <summary>The <c>Authorization</c> header value a client sends for these keys.</summary>
    public static string HeaderValue(string secretId, string secretPassword) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(secretId + ":" + secretPassword));
}
