using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;

namespace Belvo.Sdk.Testing.Links;

/// <summary>Builds the wire shape of a new link (spec schema <c>Link</c>).</summary>
internal static class LinkFactory
{
    public static JsonObject Create(EmulatorContext context, string institution, string username, string accessMode, string? externalId, string status) => new()
    {
        ["id"] = context.Ids.NewUuid(),
        ["institution"] = institution,
        ["access_mode"] = accessMode,
        ["last_accessed_at"] = null,
        ["created_at"] = Timestamps.Format(context.Now),
        ["external_id"] = externalId,
        ["institution_user_id"] = InstitutionUserId(institution, username),
        ["status"] = status,
        ["created_by"] = context.CreatedBy,
        ["refresh_rate"] = RefreshRate(accessMode),
    };

    /// <summary>Belvo's default refresh rate for recurrent links; single links have none.</summary>
    public static string? RefreshRate(string accessMode) => accessMode == "recurrent" ? "7d" : null;

    /// <summary>A 44-character url-safe base64 digest of institution and username: the same end user always gets the same value.</summary>
    public static string InstitutionUserId(string institution, string username) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(institution + "\n" + username)))
            .Replace('+', '-')
            .Replace('/', '_');
}
