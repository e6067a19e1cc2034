using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>
/// <c>POST /api/token/</c>: a widget access token pair <c>{access, refresh}</c>, shaped as HS256 JWTs signed with the
/// secret password. Body (all optional): <c>id</c>/<c>password</c> (must match the keys when sent), <c>scopes</c>, <c>link_id</c>.
/// </summary>
internal sealed class TokenEndpoint(EmulatorContext context)
{
    private const string DefaultScopes = "read_institutions,write_links,read_links";

    public void Map(Router router) => router.Map("POST", "/api/token/", Create);

    private ApiResponse Create(ApiRequest request)
    {
        if (!request.TryReadObject(context.Errors, out var body, out var error))
        {
            return error!;
        }

        var id = JsonBody.String(body, "id");
        var password = JsonBody.String(body, "password");
        if ((id is not null && id != context.Options.SecretId) || (password is not null && password != context.Options.SecretPassword))
        {
            return context.Errors.Unauthorized();
        }

        var linkId = JsonBody.String(body, "link_id");
        if (linkId is not null && context.Store.GetLink(linkId) is null)
        {
            return context.Errors.DoesNotExist("link_id", "id", linkId);
        }

        var scopes = JsonBody.String(body, "scopes") ?? DefaultScopes;
        return ApiResponse.FromJson(200, new JsonObject
        {
            ["access"] = Jwt("access", TimeSpan.FromMinutes(10), scopes, linkId),
            ["refresh"] = Jwt("refresh", TimeSpan.FromDays(1), scopes, linkId),
        });
    }

    private string Jwt(string kind, TimeSpan lifetime, string scopes, string? linkId)
    {
        var now = context.Now;
        var header = Base64Url(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
        var payload = Base64Url(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["token_type"] = kind,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
            ["jti"] = context.Ids.NewHex32(),
            ["scopes"] = scopes,
            ["link_id"] = linkId,
        }.ToJsonString()));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(context.Options.SecretPassword), Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
