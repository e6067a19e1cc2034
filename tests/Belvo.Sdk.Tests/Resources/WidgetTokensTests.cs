using Belvo.Sdk.Tests.Infrastructure;
using Belvo.Sdk.Models;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class WidgetTokensTests : IDisposable
{
    private const string TokenPath = "/api/token/";

    // Spec 1.35.0 does not describe /api/token/; this is the answer Belvo documents for it: an access and a refresh token.
    private const string AccessToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.access-part.sig";
    private const string RefreshToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.refresh-part.sig";
    private static readonly string TokenAnswer = $$"""{"access":"{{AccessToken}}","refresh":"{{RefreshToken}}"}""";

    /// <summary>The start of every body: the client's secret keys (as Belvo wants them in the body too) and the scopes.</summary>
    private static readonly string Keys = $$"""
        "id":"{{BelvoTestServer.SecretId}}","password":"{{BelvoTestServer.SecretPassword}}"
        """;

    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    public static TheoryData<WidgetTokenRequest?> DefaultScopeRequests => new() { null, new WidgetTokenRequest(), new WidgetTokenRequest { Scopes = [] } };

    [Theory]
    [MemberData(nameof(DefaultScopeRequests))]
    public async Task CreateAsync_posts_the_secret_keys_and_the_default_scopes_and_reads_both_tokens(WidgetTokenRequest? request)
    {
        var (token, sent) = await _belvo.CallAsync("POST", TokenPath, 200, TokenAnswer, c => c.WidgetTokens.CreateAsync(request));

        RequestAssert.Sent(sent, "POST", TokenPath, jsonBody: $$"""{{{Keys}},"scopes":"read_institutions,write_links,read_links"}""");
        Assert.Equal(AccessToken, token.Access);
        Assert.Equal(RefreshToken, token.Refresh);
    }

    [Fact]
    public async Task CreateAsync_for_brazil_open_finance_sends_the_consent_where_the_current_description_puts_it()
    {
        // WidgetTokenRequestBankingBrazil of 1.223.0: openfinance_feature and consent{purpose, terms_and_conditions_url,
        // permissions, identification_info, default_consent_duration_days} inside widget.
        var request = new WidgetTokenRequest
        {
            Scopes = ["read_institutions", "write_links", "read_consents", "write_consents", "write_consent_callback", "delete_consents"],
            FetchResources = ["ACCOUNTS", "TRANSACTIONS", "OWNERS", "BILLS"],
            StaleIn = "365d",
            Widget = new WidgetConfiguration
            {
                OpenfinanceFeature = WidgetConfiguration.ConsentLinkCreation,
                Branding = new WidgetBranding { CompanyName = "ACME" },
                Consent = new WidgetConsent
                {
                    Purpose = "Soluções financeiras personalizadas",
                    TermsAndConditionsUrl = new Uri("https://acme.example/terms"),
                    IdentificationInfo = [new WidgetIdentification { Type = "CPF", Number = "76109277673", Name = "Ana Silva" }],
                    DefaultConsentDurationDays = 183,
                },
            },
        };

        var (token, sent) = await _belvo.CallAsync("POST", TokenPath, 200, TokenAnswer, c => c.WidgetTokens.CreateAsync(request));

        RequestAssert.Sent(sent, "POST", TokenPath, jsonBody: $$"""
            {{{Keys}},"scopes":"read_institutions,write_links,read_consents,write_consents,write_consent_callback,delete_consents",
             "fetch_resources":["ACCOUNTS","TRANSACTIONS","OWNERS","BILLS"],"stale_in":"365d",
             "widget":{
               "branding":{"company_name":"ACME"},
               "openfinance_feature":"consent_link_creation",
               "consent":{"purpose":"Soluções financeiras personalizadas","terms_and_conditions_url":"https://acme.example/terms",
                 "permissions":["REGISTER","ACCOUNTS","CREDIT_CARDS","CREDIT_OPERATIONS"],
                 "identification_info":[{"type":"CPF","number":"76109277673","name":"Ana Silva"}],
                 "default_consent_duration_days":183} } }
            """);
        Assert.Equal(AccessToken, token.Access);
    }

    [Fact]
    public async Task CreateAsync_for_update_mode_sends_the_link_and_the_widget_branding_and_callback_urls()
    {
        var request = new WidgetTokenRequest
        {
            LinkId = LinkId,
            Widget = new WidgetConfiguration
            {
                Branding = new WidgetBranding
                {
                    CompanyName = "ACME",
                    CompanyIcon = new Uri("https://acme.example/icon.svg"),
                    CompanyLogo = new Uri("https://acme.example/logo.svg"),
                    CompanyTermsUrl = new Uri("https://acme.example/terms"),
                    CompanyBenefitHeader = "Faster approvals",
                    CompanyBenefitContent = "Connect your bank to get a decision today.",
                    OpportunityLoss = "It could take longer to approve your loan.",
                    OverlayBackgroundColor = "#F0F2F4",
                    SocialProof = true,
                },
                CallbackUrls = new WidgetCallbackUrls
                {
                    Success = new Uri("https://acme.example/belvo/success"),
                    Exit = new Uri("https://acme.example/belvo/exit"),
                    Event = new Uri("https://acme.example/belvo/event"),
                },
            },
        };

        var (token, sent) = await _belvo.CallAsync("POST", TokenPath, 200, TokenAnswer, c => c.WidgetTokens.CreateAsync(request));

        RequestAssert.Sent(sent, "POST", TokenPath, jsonBody: $$"""
            {{{Keys}},"scopes":"read_institutions,write_links,read_links","link_id":"{{LinkIdText}}",
             "widget":{
               "branding":{"company_icon":"https://acme.example/icon.svg","company_logo":"https://acme.example/logo.svg",
                 "company_name":"ACME","company_terms_url":"https://acme.example/terms","company_benefit_header":"Faster approvals",
                 "company_benefit_content":"Connect your bank to get a decision today.",
                 "opportunity_loss":"It could take longer to approve your loan.","overlay_background_color":"#F0F2F4","social_proof":true},
               "callback_urls":{"success":"https://acme.example/belvo/success","exit":"https://acme.example/belvo/exit","event":"https://acme.example/belvo/event"} } }
            """);
        Assert.Equal(AccessToken, token.Access);
    }

    [Fact]
    public async Task CreateAsync_sends_custom_scopes_and_the_link_creation_settings()
    {
        var request = new WidgetTokenRequest
        {
            Scopes = ["read_institutions", "write_links", "read_links", "delete_links"],
            ExternalId = "crm-001",
            FetchResources = ["ACCOUNTS", "OWNERS", "TRANSACTIONS"],
            FetchHistorical = true,
            CredentialsStorage = "nostore",
            StaleIn = "90d",
        };

        var (_, sent) = await _belvo.CallAsync("POST", TokenPath, 200, TokenAnswer, c => c.WidgetTokens.CreateAsync(request));

        RequestAssert.Sent(sent, "POST", TokenPath, jsonBody: $$"""
            {{{Keys}},"scopes":"read_institutions,write_links,read_links,delete_links","external_id":"crm-001",
             "fetch_resources":["ACCOUNTS","OWNERS","TRANSACTIONS"],"fetch_historical":true,"credentials_storage":"nostore","stale_in":"90d"}
            """);
    }

    [Fact]
    public async Task The_token_never_prints_either_token()
    {
        var (token, _) = await _belvo.CallAsync("POST", TokenPath, 200, TokenAnswer, c => c.WidgetTokens.CreateAsync());

        var text = token.ToString();

        Assert.DoesNotContain("access-part", text, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-part", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }
}
