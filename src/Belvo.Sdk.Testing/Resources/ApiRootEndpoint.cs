using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;

namespace Belvo.Sdk.Testing.Resources;

/// <summary><c>GET /api/</c>: the browsable root listing each endpoint; the official SDKs call it to check the keys.</summary>
internal sealed class ApiRootEndpoint(EmulatorContext context)
{
    private static readonly string[] Endpoints = ["institutions", "links", "accounts", "transactions", "balances", "owners", "invoices", "tax-returns", "tax-status", "token"];

    public void Map(Router router) => router.Map("GET", "/api/", _ => Root());

    private ApiResponse Root()
    {
        var root = new JsonObject();
        var origin = context.BaseAddress.GetLeftPart(UriPartial.Authority);
        foreach (var endpoint in Endpoints)
        {
            root[endpoint] = $"{origin}/api/{endpoint}/";
        }

        return ApiResponse.FromJson(200, root);
    }
}
