using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class InstitutionTests
{
    [Fact]
    public async Task List_has_the_sandbox_institutions_with_the_spec_fields()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var page = (await api.Get("/api/institutions/")).Object;

        var names = page["results"]!.AsArray().Select(i => (string)i!["name"]!).ToList();
        Assert.Subset(names.ToHashSet(), new HashSet<string> { "erebor_mx_retail", "erebor_co_retail", "gringotts_br_retail", "gotham_mx_business", "heimdall_co_retail", "tatooine_mx_fiscal", "imss_mx_employment" });
        Assert.Equal(names.Count, (int)page["count"]!);
        var erebor = page["results"]!.AsArray().Single(i => (string)i!["name"]! == "erebor_mx_retail")!.AsObject();
        Assert.Equal(1003, (int)erebor["id"]!);
        Assert.Equal("bank", (string?)erebor["type"]);
        Assert.Equal("healthy", (string?)erebor["status"]);
        Assert.Equal("MX", (string?)erebor["country_codes"]![0]);
        Assert.Contains("TRANSACTIONS", erebor["resources"]!.AsArray().Select(r => (string)r!));
        Assert.Contains(erebor["form_fields"]!.AsArray(), f => (string?)f!["name"] == "password");
        foreach (var key in new[] { "display_name", "website", "primary_color", "logo", "icon_logo", "text_logo", "features", "integration_type" })
        {
            Assert.True(erebor.ContainsKey(key), key);
        }
    }

    [Fact]
    public async Task Mfa_institutions_advertise_the_token_required_feature_and_imss_asks_no_password()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var gotham = (await api.Get("/api/institutions/1020/")).Object;
        var imss = (await api.Get("/api/institutions/1050/")).Object;

        Assert.Equal("gotham_mx_business", (string?)gotham["name"]);
        Assert.Equal("token_required", (string?)gotham["features"]![0]!["name"]);
        Assert.Equal("employment", (string?)imss["type"]);
        Assert.DoesNotContain(imss["form_fields"]!.AsArray(), f => (string?)f!["name"] == "password");
    }

    [Theory]
    [InlineData("type=fiscal", new[] { "tatooine_mx_fiscal", "tatooine_cl_fiscal" })]
    [InlineData("type=employment", new[] { "imss_mx_employment", "inss_br_employment" })]
    [InlineData("country_code=CO&name__in=erebor_co_retail,erebor_mx_retail", new[] { "erebor_co_retail" })]
    [InlineData("resources__allin=INVOICES,TAX_STATUS", new[] { "tatooine_mx_fiscal", "tatooine_cl_fiscal" })]
    [InlineData("display_name=Gotham%20Brazil%20Business", new[] { "gotham_br_business" })]
    public async Task Filters_select_institutions(string query, string[] expected)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var results = (await api.Get("/api/institutions/?" + query)).Object["results"]!.AsArray();

        Assert.Equal(expected, results.Select(i => (string)i!["name"]!));
    }

    [Fact]
    public async Task An_institution_marked_down_is_listed_down_and_refuses_logins_until_marked_up()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = await api.RegisterLink("gringotts_mx_retail");

        emulator.Faults.SetInstitutionDown("gringotts_mx_retail");

        var down = (await api.Get("/api/institutions/?status=down")).Object["results"]!.AsArray();
        Assert.Equal("gringotts_mx_retail", (string?)Assert.Single(down)!["name"]);
        (await api.Post("/api/links/", new { institution = "gringotts_mx_retail", username = "user_valid", password = "pass_valid" })).AssertError(400, "institution_down");
        (await api.Post("/api/accounts/", new { link = (string)link["id"]! })).AssertError(400, "institution_down");

        emulator.Faults.SetInstitutionDown("gringotts_mx_retail", down: false);
        Assert.Equal(201, (await api.Post("/api/accounts/", new { link = (string)link["id"]! })).Code);
        Assert.Throws<ArgumentException>(() => emulator.Faults.SetInstitutionDown("narnia_mx_retail"));
    }
}
