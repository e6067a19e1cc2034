using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Belvo.Sdk.Models;
using Belvo.Sdk.Serialization;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Values and fields Belvo adds after this version survive reading and writing.</summary>
public sealed class ExtensibilityTests
{
    [Fact]
    public void Unknown_enum_values_survive_a_round_trip()
    {
        var link = ModelJson.Read<Link>("""{"id":"30cb4806-6e00-48a4-91c9-ca55968576c8","status":"suspended","refresh_rate":"90d"}""");

        Assert.Equal("suspended", link.Status?.Value);
        Assert.NotEqual(LinkStatus.Valid, link.Status);
        var written = JsonNode.Parse(ModelJson.Write(link))!;
        Assert.Equal("suspended", (string?)written["status"]);
        Assert.Equal("90d", (string?)written["refresh_rate"]);
    }

    [Fact]
    public void Unknown_fields_survive_a_round_trip_at_every_level()
    {
        var account = ModelJson.Read<Account>("""
            {"id":"c21f3914-bcbe-44c4-a2e8-a5e33f6888d4","category":"CRYPTO_WALLET","balance":{"current":10.5,"pending":{"amount":1}},
             "fetch_resources":["ACCOUNTS","OWNERS"],"institution":{"name":"erebor_mx_retail","type":"bank","country":"MX"}}
            """);

        Assert.Equal("CRYPTO_WALLET", account.Category?.Value);
        Assert.Equal(["fetch_resources"], account.AdditionalProperties!.Keys);
        Assert.Equal(["pending"], account.Balance.AdditionalProperties!.Keys);
        Assert.Equal(["country"], account.Institution!.AdditionalProperties!.Keys);
        var written = JsonNode.Parse(ModelJson.Write(account))!;
        Assert.Equal("OWNERS", (string?)written["fetch_resources"]![1]);
        Assert.Equal(1, (int?)written["balance"]!["pending"]!["amount"]);
        Assert.Equal("MX", (string?)written["institution"]!["country"]);
    }

    [Fact]
    public void Unknown_fields_on_a_union_variant_are_kept()
    {
        var owner = ModelJson.Read<Owner>("""{"display_name":"Maria","first_name":"Maria","new_owner_field":"x"}""");

        var standard = Assert.IsType<StandardOwner>(owner);
        Assert.Equal("x", standard.AdditionalProperties!["new_owner_field"].GetString());
        Assert.Equal("x", (string?)JsonNode.Parse(ModelJson.Write(owner))!["new_owner_field"]);
    }

    [Fact]
    public void A_request_can_carry_a_field_the_sdk_does_not_model_yet()
    {
        var request = new LinkRegisterRequest
        {
            Institution = "erebor_mx_retail",
            Username = "user_valid",
            AdditionalProperties = new() { ["stale_in"] = JsonSerializer.SerializeToElement("90d") },
        };

        var written = JsonNode.Parse(ModelJson.Write(request))!;

        Assert.Equal("90d", (string?)written["stale_in"]);
        Assert.Equal("user_valid", (string?)written["username"]);
        Assert.False(written.AsObject().ContainsKey("password"));
    }

    [Fact]
    public void Bare_numbers_in_string_fields_are_read_as_text()
    {
        var transaction = ModelJson.Read<Transaction>("""{"internal_identification":89608418,"reference":12.50,"description":true}""");

        Assert.Equal("89608418", transaction.InternalIdentification);
        Assert.Equal("12.50", transaction.Reference);
        Assert.Equal("true", transaction.Description);
    }

    [Fact]
    public void Union_variants_have_their_own_metadata_so_the_converter_never_calls_itself()
    {
        var variantInfo = BelvoSpec.TypeInfo(typeof(StandardOwner));

        Assert.IsType<OwnerConverter>(BelvoSpec.TypeInfo(typeof(Owner)).Converter);
        Assert.IsNotType<OwnerConverter>(variantInfo.Converter);
        Assert.IsType<StandardOwner>(JsonSerializer.Deserialize("""{"company_name":"Acme"}""", variantInfo));
        Assert.IsType<BrazilBusinessOwner>(JsonSerializer.Deserialize("""{"display_name":"Maria"}""", BelvoSpec.TypeInfo(typeof(BrazilBusinessOwner))));
    }

    [Fact]
    public async Task Unions_read_from_a_stream_with_a_tiny_buffer()
    {
        var options = new JsonSerializerOptions(BelvoJsonContext.Default.Options) { DefaultBufferSize = 16 };
        var json = $"[{SpecExamples.Responses["GET /api/owners/{id}/ 200 OwnerBusinessOfdaDetails"].Json},{CoreModelTests.StandardOwnerJson}]";
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var owners = (IReadOnlyList<Owner>?)await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(IReadOnlyList<Owner>)));

        Assert.Collection(owners!, first => Assert.IsType<BrazilBusinessOwner>(first), second => Assert.IsType<StandardOwner>(second));
    }

    [Fact]
    public void A_union_rejects_json_that_is_not_an_object_and_null_reads_as_null()
    {
        Assert.Throws<JsonException>(() => ModelJson.Read<Owner>("\"owner\""));
        Assert.Null(JsonSerializer.Deserialize("null", BelvoSpec.TypeInfo(typeof(Owner))));
    }
}
