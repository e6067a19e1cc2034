using System.Text.RegularExpressions;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class LinkTests
{
    [Fact]
    public async Task Registering_a_recurrent_link_answers_201_with_the_link_fields()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var result = await api.Post("/api/links/", new { institution = "erebor_mx_retail", username = "user_valid", password = "pass_valid", external_id = "customer-42" });

        Assert.Equal(201, result.Code);
        var link = result.Object;
        Assert.True(Guid.TryParse((string?)link["id"], out _));
        Assert.Equal("erebor_mx_retail", (string?)link["institution"]);
        Assert.Equal("recurrent", (string?)link["access_mode"]);
        Assert.Equal("valid", (string?)link["status"]);
        Assert.Equal("7d", (string?)link["refresh_rate"]);
        Assert.Equal("customer-42", (string?)link["external_id"]);
        Assert.Equal("2024-05-15T12:00:00.000000Z", (string?)link["created_at"]);
        Assert.Equal("2024-05-15T12:00:00.000000Z", (string?)link["last_accessed_at"]);
        Assert.True(Guid.TryParse((string?)link["created_by"], out _));
        Assert.Matches("^[A-Za-z0-9\\-=_]{44}$", (string?)link["institution_user_id"]);
        Assert.Equal(link.ToJsonString(), (await api.Get($"/api/links/{link["id"]}/")).Object.ToJsonString());
    }

    [Fact]
    public async Task Single_links_have_no_refresh_rate_and_the_institution_user_id_depends_only_on_institution_and_username()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var first = await api.RegisterLink(username: "alice");
        var second = await api.RegisterLink(username: "alice");
        var other = await api.RegisterLink(username: "bob");
        var elsewhere = await api.RegisterLink("gringotts_mx_retail", username: "alice");

        Assert.Equal("single", (string?)first["access_mode"]);
        Assert.Null(first["refresh_rate"]);
        Assert.NotEqual((string?)first["id"], (string?)second["id"]);
        Assert.Equal((string?)first["institution_user_id"], (string?)second["institution_user_id"]);
        Assert.NotEqual((string?)first["institution_user_id"], (string?)other["institution_user_id"]);
        Assert.NotEqual((string?)first["institution_user_id"], (string?)elsewhere["institution_user_id"]);
    }

    [Theory]
    [InlineData("{\"username\":\"u\",\"password\":\"p\"}", "required", "institution")]
    [InlineData("{\"institution\":\"erebor_mx_retail\",\"password\":\"p\"}", "required", "username")]
    [InlineData("{\"institution\":\"erebor_mx_retail\",\"username\":\"u\"}", "required", "password")]
    [InlineData("{\"institution\":\"narnia_mx_retail\",\"username\":\"u\",\"password\":\"p\"}", "does_not_exist", "institution")]
    [InlineData("{\"institution\":\"erebor_mx_retail\",\"username\":\"u\",\"password\":\"p\",\"access_mode\":\"sometimes\"}", "invalid_choice", "access_mode")]
    [InlineData("{\"institution\":\"erebor_mx_retail\",\"username\":\"u\",\"password\":\"p\",\"external_id\":\"ab\"}", "min_length", "external_id")]
    [InlineData("{\"institution\":\"erebor_mx_retail\",\"username\":\"u\",\"password\":\"p\",\"credentials_storage\":\"nostore\"}", "invalid", "credentials_storage")]
    public async Task Invalid_register_bodies_get_400_naming_the_field(string body, string code, string field)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        (await api.Post("/api/links/", body)).AssertError(400, code, field);
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Links));
    }

    [Fact]
    public async Task Imss_links_need_no_password_and_an_external_id_with_personal_data_is_stored_as_null()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var result = await api.Post("/api/links/", new { institution = "imss_mx_employment", username = "GAHM800101HDFRRN09", access_mode = "single", external_id = "jane@example.com" });

        Assert.Equal(201, result.Code);
        Assert.Null(result.Object["external_id"]);
    }

    [Fact]
    public async Task Changing_the_access_mode_updates_the_refresh_rate_and_needs_stored_credentials_for_recurrent()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = await api.RegisterLink();
        var noStore = (await api.Post("/api/links/", new { institution = "erebor_mx_retail", username = "u", password = "p", access_mode = "single", credentials_storage = "nostore" })).Object;

        var recurrent = await api.Patch($"/api/links/{link["id"]}/", new { access_mode = "recurrent" });
        var refused = await api.Patch($"/api/links/{noStore["id"]}/", new { access_mode = "recurrent" });
        var invalid = await api.Patch($"/api/links/{link["id"]}/", new { access_mode = "weekly" });

        Assert.Equal(200, recurrent.Code);
        Assert.Equal("recurrent", (string?)recurrent.Object["access_mode"]);
        Assert.Equal("7d", (string?)recurrent.Object["refresh_rate"]);
        refused.AssertError(400, "invalid_access_mode_switch");
        invalid.AssertError(400, "invalid_choice", "access_mode");
    }

    [Fact]
    public async Task Updating_credentials_with_a_bad_password_invalidates_the_link_and_a_good_one_restores_it()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = await api.RegisterLink();
        var path = $"/api/links/{link["id"]}/";

        (await api.Put(path, new { password = EmulatorCredentials.InvalidPassword })).AssertError(400, "login_error");
        Assert.Equal("invalid", (string?)(await api.Get(path)).Object["status"]);
        (await api.Post("/api/accounts/", new { link = (string)link["id"]! })).AssertError(400, "invalid_link");

        var restored = await api.Put(path, new { password = "new-password" });

        Assert.Equal(200, restored.Code);
        Assert.Equal("valid", (string?)restored.Object["status"]);
        (await api.Put(path, new { })).AssertError(400, "required", "password");
        (await api.Put("/api/links/3f1b5e0e-8d5a-4c59-9a43-1b7a2b9e0c11/", new { password = "x" })).AssertError(404, "not_found");
    }

    [Fact]
    public async Task List_filters_links_by_the_documented_fields()
    {
        var clock = Emulators.Clock();
        await using var emulator = await Emulators.Start(clock);
        using var api = new ApiClient(emulator);
        var early = await api.RegisterLink(externalId: "user-1");
        clock.Advance(TimeSpan.FromDays(2));
        var late = await api.RegisterLink("gringotts_co_retail", accessMode: "recurrent", externalId: "user-2");
        var mfa = (await api.Post("/api/links/", new { institution = "gotham_mx_business", username = EmulatorCredentials.MfaNumericUsername, password = "p", access_mode = "single" })).Array[0]!["link"]!.GetValue<string>();

        async Task<IEnumerable<string?>> Ids(string query) =>
            (await api.Get("/api/links/?" + query)).Object["results"]!.AsArray().Select(l => (string?)l!["id"]);

        Assert.Equal([(string?)late["id"]], await Ids("access_mode=recurrent"));
        Assert.Equal([(string?)early["id"]], await Ids("external_id=user-1"));
        Assert.Equal([(string?)early["id"], (string?)late["id"]], await Ids("external_id__in=user-1,user-2"));
        Assert.Equal([(string?)late["id"]], await Ids("institution=gringotts_co_retail"));
        Assert.Equal([(string?)late["id"], mfa], await Ids("created_at__gte=2024-05-16"));
        Assert.Equal([(string?)early["id"]], await Ids("created_at__lt=2024-05-16T00:00:00Z"));
        Assert.Equal([mfa], await Ids("status=unconfirmed"));
        Assert.Equal(2, (await Ids("status__in=valid")).Count());
        Assert.Equal([(string?)late["id"]], await Ids($"id__in={late["id"]}"));
        Assert.Empty(await Ids($"created_by__not_in={early["created_by"]}"));
        Assert.Equal(3, (await Ids("no_such_filter=1")).Count());
        (await api.Get("/api/links/?created_at__gte=yesterday")).AssertError(400, "invalid", "created_at__gte");
    }

    [Fact]
    public async Task Deleting_a_link_answers_204_then_404()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = await api.RegisterLink();

        var deleted = await api.Delete($"/api/links/{link["id"]}/");

        Assert.Equal(204, deleted.Code);
        Assert.Equal(string.Empty, deleted.Text);
        (await api.Get($"/api/links/{link["id"]}/")).AssertError(404, "not_found");
        (await api.Delete($"/api/links/{link["id"]}/")).AssertError(404, "not_found");
    }

    [Fact]
    public async Task Widget_token_returns_an_access_and_refresh_jwt_pair()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var token = await api.Post("/api/token/", new { id = emulator.SecretId, password = emulator.SecretPassword, scopes = "read_institutions,write_links" });
        var wrong = await api.Post("/api/token/", new { id = emulator.SecretId, password = "nope" });
        var unknownLink = await api.Post("/api/token/", new { link_id = "3f1b5e0e-8d5a-4c59-9a43-1b7a2b9e0c11" });

        Assert.Equal(200, token.Code);
        Assert.Matches(new Regex("^[\\w-]+\\.[\\w-]+\\.[\\w-]+$"), (string?)token.Object["access"]);
        Assert.Matches(new Regex("^[\\w-]+\\.[\\w-]+\\.[\\w-]+$"), (string?)token.Object["refresh"]);
        Assert.NotEqual((string?)token.Object["access"], (string?)token.Object["refresh"]);
        wrong.AssertError(401, "authentication_failed");
        unknownLink.AssertError(400, "does_not_exist", "link_id");
    }
}
