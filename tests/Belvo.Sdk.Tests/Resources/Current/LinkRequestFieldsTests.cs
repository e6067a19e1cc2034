using System.Text.Json;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// The link settings new in Belvo's current description: <c>fetch_resources</c>, <c>stale_in</c> and
/// <c>credentials_storage</c> on link registration (three product variants, no type tag), on the link PATCH
/// (<c>ModifyLinkDataRetrieval</c>) and on the widget token (GenerateWidgetAccessToken, new in the description), the
/// <c>Link</c> that returns them, and the client-side rules (RequestRules) that refuse a malformed value before
/// anything is sent, each message stating Belvo's rule.
/// </summary>
public sealed class LinkRequestFieldsTests : IDisposable
{
    private const string Collection = "/api/links/";
    private const string Item = "/api/links/" + LinkIdText + "/";
    private const string TokenPath = "/api/token/";
    private static readonly string TokenAnswer = """{"access":"access-token","refresh":"refresh-token"}""";
    private static readonly string Keys = $$"""
        "id":"{{BelvoTestServer.SecretId}}","password":"{{BelvoTestServer.SecretPassword}}"
        """;

    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>Link</c> schema's property examples (Payloads/current/link.json), new fields included.</summary>
    private static void AssertIsSpecLink(Link link)
    {
        Assert.Equal(SpecItemId, link.Id);
        Assert.Equal("erebor_mx_retail", link.Institution);
        Assert.Equal(LinkAccessMode.Recurrent, link.AccessMode);
        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.Equal("27d", link.CredentialsStorage);
        Assert.Equal(["ACCOUNTS", "TRANSACTIONS"], link.FetchResources);
        Assert.Equal("42d", link.StaleIn);
        Assert.Null(link.AdditionalProperties);
    }

    public static TheoryData<LinkRegistration, string> Registrations => new()
    {
        {
            new EmploymentMexicoLinkRequest
            {
                Institution = "imss_mx_employment",
                Username = "ABCD123456EFGHIJ78",
                Username2 = "end.user@example.com",
                ExternalId = "crm-001",
                AccessMode = LinkAccessMode.Recurrent,
                CredentialsStorage = "store",
                FetchResources = [EmploymentMexicoResource.EmploymentRecords, EmploymentMexicoResource.EmploymentMetrics],
                StaleIn = "180d",
            },
            """
            {"institution":"imss_mx_employment","username":"ABCD123456EFGHIJ78","username2":"end.user@example.com","external_id":"crm-001",
             "access_mode":"recurrent","credentials_storage":"store","fetch_resources":["EMPLOYMENT_RECORDS","EMPLOYMENT_METRICS"],"stale_in":"180d"}
            """
        },
        {
            new EmploymentBrazilLinkRequest
            {
                Institution = "inss_br_employment",
                Username = "76109277673",
                Password = "end-user-pass",
                AccessMode = LinkAccessMode.Single,
                CredentialsStorage = "30d",
                FetchResources = [EmploymentBrazilResource.Employments, EmploymentBrazilResource.Owners],
                StaleIn = "7d",
            },
            """
            {"institution":"inss_br_employment","username":"76109277673","password":"end-user-pass","access_mode":"single",
             "credentials_storage":"30d","fetch_resources":["EMPLOYMENTS","OWNERS"],"stale_in":"7d"}
            """
        },
        {
            new FiscalMexicoLinkRequest
            {
                Institution = "sat_mx_fiscal",
                Username = "ABCD111111A11",
                Password = "Abcd1234",
                AccessMode = LinkAccessMode.Single,
                CredentialsStorage = "nostore",
                FetchResources = [FiscalMexicoResource.Invoices, FiscalMexicoResource.TaxStatus, FiscalMexicoResource.FinancialStatements],
            },
            """
            {"institution":"sat_mx_fiscal","username":"ABCD111111A11","password":"Abcd1234","access_mode":"single",
             "credentials_storage":"nostore","fetch_resources":["INVOICES","TAX_STATUS","FINANCIAL_STATEMENTS"]}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Registrations))]
    public async Task RegisterAsync_sends_each_product_variant_without_a_type_tag_and_reads_the_new_link_fields(LinkRegistration registration, string expectedBody)
    {
        var (link, request) = await _belvo.CallAsync("POST", Collection, 201, Payload("link"), c => c.Links.RegisterAsync(registration));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecLink(link);
    }

    public static TheoryData<ChangeAccessModeRequest, string> Modifications => new()
    {
        { new ChangeAccessModeRequest { StaleIn = "90d" }, """{"stale_in":"90d"}""" },
        { new ChangeAccessModeRequest { FetchResources = ["ACCOUNTS", "EXCHANGES", "CURRENT_EMPLOYMENTS"] }, """{"fetch_resources":["ACCOUNTS","EXCHANGES","CURRENT_EMPLOYMENTS"]}""" },
        {
            new ChangeAccessModeRequest { AccessMode = LinkAccessMode.Recurrent, StaleIn = "365d", FetchResources = ["ACCOUNTS"] },
            """{"access_mode":"recurrent","stale_in":"365d","fetch_resources":["ACCOUNTS"]}"""
        },
    };

    [Theory]
    [MemberData(nameof(Modifications))]
    public async Task ChangeAccessModeAsync_patches_only_the_settings_given_and_reads_the_link(ChangeAccessModeRequest modification, string expectedBody)
    {
        var (link, request) = await _belvo.CallAsync("PATCH", Item, 200, Payload("link"), c => c.Links.ChangeAccessModeAsync(LinkId, modification));

        RequestAssert.Sent(request, "PATCH", Item, jsonBody: expectedBody);
        AssertIsSpecLink(link);
    }

    [Fact]
    [Covers("GenerateWidgetAccessToken")]
    public async Task CreateAsync_sends_the_link_settings_the_employment_widget_requires()
    {
        var request = new WidgetTokenRequest
        {
            Scopes = ["read_institutions", "write_links"],
            FetchResources = ["EMPLOYMENT_RECORDS", "CURRENT_EMPLOYMENTS"],
            StaleIn = "365d",
            CredentialsStorage = "store",
            Widget = new WidgetConfiguration
            {
                Branding = new WidgetBranding
                {
                    CompanyName = "ACME",
                    CompanyIcon = new Uri("https://acme.example/icon.svg"),
                    CompanyLogo = new Uri("https://acme.example/logo.svg"),
                    CompanyTermsUrl = new Uri("https://acme.example/terms"),
                },
            },
        };

        var (token, sent) = await _belvo.CallAsync("POST", TokenPath, 200, TokenAnswer, c => c.WidgetTokens.CreateAsync(request));

        RequestAssert.Sent(sent, "POST", TokenPath, jsonBody: $$"""
            {{{Keys}},"scopes":"read_institutions,write_links","fetch_resources":["EMPLOYMENT_RECORDS","CURRENT_EMPLOYMENTS"],
             "credentials_storage":"store","stale_in":"365d",
             "widget":{"branding":{"company_icon":"https://acme.example/icon.svg","company_logo":"https://acme.example/logo.svg",
               "company_name":"ACME","company_terms_url":"https://acme.example/terms"} } }
            """);
        Assert.Equal("access-token", token.Access);
        Assert.Equal("refresh-token", token.Refresh);
    }

    [Fact]
    [Covers("GenerateWidgetAccessToken")]
    public async Task CreateAsync_for_open_finance_Brazil_sends_the_consent_settings_given_as_additional_widget_settings()
    {
        using var consent = JsonDocument.Parse("""
            {"purpose":"Credit analysis","terms_and_conditions_url":"https://acme.example/terms",
             "permissions":["REGISTER","ACCOUNTS","CREDIT_CARDS","CREDIT_OPERATIONS"],
             "identification_info":[{"type":"CPF","number":"76109277673","name":"Jack White"}]}
            """);
        var request = new WidgetTokenRequest
        {
            Scopes = ["read_institutions", "write_links", "read_consents", "write_consents", "write_consent_callback", "delete_consents"],
            FetchResources = ["ACCOUNTS", "OWNERS", "TRANSACTIONS", "BILLS", "EXCHANGES"],
            StaleIn = "365d",
            Widget = new WidgetConfiguration
            {
                AdditionalSettings = new Dictionary<string, JsonElement>
                {
                    ["openfinance_feature"] = JsonDocument.Parse("\"consent_link_creation\"").RootElement.Clone(),
                    ["consent"] = consent.RootElement.Clone(),
                },
            },
        };

        var (_, sent) = await _belvo.CallAsync("POST", TokenPath, 200, TokenAnswer, c => c.WidgetTokens.CreateAsync(request));

        RequestAssert.Sent(sent, "POST", TokenPath, jsonBody: $$"""
            {{{Keys}},"scopes":"read_institutions,write_links,read_consents,write_consents,write_consent_callback,delete_consents",
             "fetch_resources":["ACCOUNTS","OWNERS","TRANSACTIONS","BILLS","EXCHANGES"],"stale_in":"365d",
             "widget":{"openfinance_feature":"consent_link_creation","consent":{{consent.RootElement.GetRawText()}} } }
            """);
    }

    [Theory]
    [InlineData("365")]
    [InlineData("1y")]
    [InlineData("1000d")]
    [InlineData("")]
    public async Task A_stale_in_that_is_not_a_number_of_days_is_refused_everywhere_it_is_sent_with_the_rule(string staleIn)
    {
        const string Rule = "but Belvo takes a number of days written like 365d (pattern ^\\d{1,3}d$)";

        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", $"FiscalMexicoLinkRequest.StaleIn (stale_in) is '{staleIn}', {Rule}",
            c => c.Links.RegisterAsync(new FiscalMexicoLinkRequest { Institution = "sat_mx_fiscal", Username = "ABCD111111A11", Password = "Abcd1234", StaleIn = staleIn }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", $"ChangeAccessModeRequest.StaleIn (stale_in) is '{staleIn}', {Rule}",
            c => c.Links.ChangeAccessModeAsync(LinkId, new ChangeAccessModeRequest { StaleIn = staleIn }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", $"WidgetTokenRequest.StaleIn (stale_in) is '{staleIn}', {Rule}",
            c => c.WidgetTokens.CreateAsync(new WidgetTokenRequest { StaleIn = staleIn }));
    }

    [Theory]
    [InlineData("forever")]
    [InlineData("30")]
    [InlineData("STORE")]
    public async Task A_credentials_storage_other_than_store_nostore_or_days_is_refused_with_the_rule(string storage)
    {
        const string Rule = "but Belvo takes store, nostore, or a number of days written like 30d";

        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", $"EmploymentMexicoLinkRequest.CredentialsStorage (credentials_storage) is '{storage}', {Rule}",
            c => c.Links.RegisterAsync(new EmploymentMexicoLinkRequest { Institution = "imss_mx_employment", Username = "ABCD123456EFGHIJ78", CredentialsStorage = storage }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", $"WidgetTokenRequest.CredentialsStorage (credentials_storage) is '{storage}', {Rule}",
            c => c.WidgetTokens.CreateAsync(new WidgetTokenRequest { CredentialsStorage = storage }));
    }

    [Fact]
    public async Task A_blank_resource_in_fetch_resources_is_refused_with_the_rule()
    {
        const string Rule = "(fetch_resources) holds a blank resource. List resource names such as ACCOUNTS or TRANSACTIONS";

        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "ChangeAccessModeRequest.FetchResources " + Rule,
            c => c.Links.ChangeAccessModeAsync(LinkId, new ChangeAccessModeRequest { FetchResources = ["ACCOUNTS", ""] }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "WidgetTokenRequest.FetchResources " + Rule,
            c => c.WidgetTokens.CreateAsync(new WidgetTokenRequest { FetchResources = ["ACCOUNTS", "  "] }));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "EmploymentMexicoLinkRequest.FetchResources " + Rule,
            c => c.Links.RegisterAsync(new EmploymentMexicoLinkRequest
            {
                Institution = "imss_mx_employment",
                Username = "ABCD123456EFGHIJ78",
                FetchResources = [EmploymentMexicoResource.EmploymentRecords, EmploymentMexicoResource.FromValue(" ")],
            }));
    }

    [Fact]
    public async Task An_external_id_breaking_Belvo_rule_is_refused_without_quoting_it()
    {
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "EmploymentBrazilLinkRequest.ExternalId breaks Belvo's rule for external_id: its character at position 5 is '@', but it must have 3 to 256 characters",
            c => c.Links.RegisterAsync(new EmploymentBrazilLinkRequest { Institution = "inss_br_employment", Username = "76109277673", Password = "end-user-pass", ExternalId = "jack@example.com" }));
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _belvo.CreateClient().Links.RegisterAsync(
            new EmploymentBrazilLinkRequest { Institution = "inss_br_employment", Username = "76109277673", Password = "end-user-pass", ExternalId = "jack@example.com" }));
        Assert.DoesNotContain("jack@example.com", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task A_blank_password_is_refused_before_it_can_lock_the_end_user_out() =>
        _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>(
            "request", "FiscalMexicoLinkRequest.Password (password) is blank. Belvo requires the end user's credentials",
            c => c.Links.RegisterAsync(new FiscalMexicoLinkRequest { Institution = "sat_mx_fiscal", Username = "ABCD111111A11", Password = "   " }));
}
