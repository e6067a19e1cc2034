using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.Current.CurrentKit;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary><c>GET /api/consents/</c> (ListConsents) and <c>GET /api/consents/{id}/</c> (DetailConsent).</summary>
public sealed class ConsentsTests : IDisposable
{
    private const string Collection = "/api/consents/";
    private const string UserDocument = "76109277673";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The <c>Consents</c> schema's property examples (Payloads/current/consent.json), read into their types.</summary>
    private static void AssertIsSpecConsent(Consent consent)
    {
        Assert.Equal(SpecItemId, consent.Id);
        Assert.Equal("Jack Oswald White", consent.DisplayName);
        Assert.Equal(UserDocument, consent.DocumentNumber);
        Assert.Equal("ofmockbank_br_retail", consent.BelvoInstitutionName);
        Assert.Equal("Mock Bank", consent.InstitutionDisplayName);
        Assert.Equal("https://assets.belvo.io/institutions/mockbank/logo.svg", consent.InstitutionIconLogo);
        Assert.Equal("ACME Corporation", consent.BelvoOrganizationName);
        Assert.Equal(Guid.Parse("2e5d2c5e-6b3a-4b5c-8d1e-9f0a1b2c3d4e"), consent.LinkId);
        Assert.Equal("Jack White", consent.UserName);
        Assert.Equal(DateTimeOffset.Parse("2021-02-27T13:01:41.941Z", CultureInfo.InvariantCulture), consent.ExpiredAt);
        Assert.False(consent.UndefinedConsentExpiration);
        Assert.Equal(366, consent.ConsentDuration);
        Assert.Equal(SpecTimestamp, consent.CreatedAt);
        Assert.Equal(ConsentStatus.Authorised, consent.Status);
        var permissions = consent.Permissions!;
        Assert.Equal(["ACCOUNTS_OVERDRAFT_LIMITS_READ", "ACCOUNTS_READ", "ACCOUNTS_TRANSACTIONS_READ", "ACCOUNTS_BALANCES_READ"], permissions.Accounts);
        Assert.Equal(5, permissions.CreditCards!.Count);
        Assert.Equal("CREDIT_CARDS_ACCOUNTS_LIMITS_READ", permissions.CreditCards[0]);
        Assert.Equal(16, permissions.CreditOperations!.Count);
        Assert.Equal("INVOICE_FINANCINGS_PAYMENTS_READ", permissions.CreditOperations[15]);
        Assert.Equal(["CUSTOMERS_PERSONAL_IDENTIFICATIONS_READ", "CUSTOMERS_PERSONAL_ADITTIONALINFO_READ"], permissions.Register);
        Assert.Equal(["RESOURCES_READ"], permissions.Resources);
        Assert.Equal(["BANK_FIXED_INCOMES_READ", "CREDIT_FIXED_INCOMES_READ", "FUNDS_READ", "VARIABLE_INCOMES_READ", "TREASURE_TITLES_READ"], permissions.Investments);
        Assert.Null(consent.AdditionalProperties);
    }

    [Fact]
    [Covers("ListConsents")]
    public async Task ListPageAsync_sends_the_user_document_under_its_wire_name_and_reads_typed_consents()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/consent")),
            c => c.Consents.ListAsync(new ConsentListOptions { UserDocument = UserDocument }).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["user_document"] = UserDocument });
        Assert.Equal(1, page.Count);
        AssertIsSpecConsent(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("ListConsents")]
    public async Task ListAsync_yields_typed_consents_across_pages()
    {
        var next = _belvo.BaseAddress + "api/consents/?page=2&page_size=1000&user_document=" + UserDocument;
        _belvo.RespondInSequence(
            "GET",
            Collection,
            (200, PageOf(2, next, BelvoTestServer.PayloadNode("current/consent"))),
            (200, PageOf(2, null, BelvoTestServer.PayloadNode("current/consent"))));

        var consents = await _belvo.CreateClient().Consents.ListAsync(new ConsentListOptions { UserDocument = UserDocument }).ToListAsync();

        Assert.Equal(2, consents.Count);
        Assert.All(consents, AssertIsSpecConsent);
        var requests = _belvo.Requests;
        Assert.Equal(2, requests.Count);
        RequestAssert.Sent(requests[0], "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["user_document"] = UserDocument });
        RequestAssert.Sent(requests[1], "GET", Collection, new Dictionary<string, string> { ["page"] = "2", ["page_size"] = "1000", ["user_document"] = UserDocument });
    }

    /// <summary>
    /// The description marks <c>user_document</c> required but says every consent can be listed without it;
    /// spec/operations.yaml makes it optional (keyed by its wire name).
    /// </summary>
    [Fact]
    [Covers("ListConsents")]
    public async Task ListPageAsync_without_a_user_document_lists_every_consent()
    {
        var (page, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("current/consent")),
            c => c.Consents.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        AssertIsSpecConsent(Assert.Single(page.Results));
    }

    [Fact]
    [Covers("DetailConsent")]
    public async Task GetAsync_gets_the_consent_by_id_with_and_without_field_selection()
    {
        var consent = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{SpecItemId}/", Payload("consent"), (c, fields) => c.Consents.GetAsync(SpecItemId, fields));

        AssertIsSpecConsent(consent);
    }

    [Fact]
    [Covers("DetailConsent")]
    public async Task A_consent_status_Belvo_adds_later_is_read_and_kept()
    {
        var body = Payload("consent").Replace("\"AUTHORISED\"", "\"CONSENT_PAUSED\"", StringComparison.Ordinal);

        var (consent, _) = await _belvo.CallAsync("GET", $"{Collection}{SpecItemId}/", 200, body, c => c.Consents.GetAsync(SpecItemId));

        Assert.Equal("CONSENT_PAUSED", consent.Status!.Value.Value);
        Assert.NotEqual(ConsentStatus.Authorised, consent.Status);
    }

    [Fact]
    public Task An_empty_consent_id_is_refused_before_anything_is_sent() =>
        _belvo.AssertEmptyIdRefusedAsync("id", c => c.Consents.GetAsync(Guid.Empty));
}
