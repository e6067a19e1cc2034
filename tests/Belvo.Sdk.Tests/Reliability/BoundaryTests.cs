using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>
/// What Belvo's guides and API description document about a request is checked before anything is sent, with a
/// message that states the rule: <c>external_id</c>, required and login fields that are blank, empty GUIDs in bodies and
/// filters, periods, page sizes. Every refusal sends nothing; values that keep the rules go through unchanged.
/// </summary>
public sealed class BoundaryTests : IDisposable
{
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private readonly BelvoTestServer _belvo = new();
    private readonly BelvoClient _client;

    public BoundaryTests()
    {
        _belvo.Respond("POST", "/api/links/", 201, BelvoTestServer.Payload("link"));
        _belvo.Respond("PUT", $"/api/links/{LinkId}/", 200, BelvoTestServer.Payload("link"));
        _belvo.Respond("POST", "/api/token/", 200, """{"access":"a","refresh":"r"}""");
        foreach (var resource in new[] { "transactions", "invoices", "incomes", "tax-retentions" })
        {
            _belvo.Respond("POST", $"/api/{resource}/", 201, "[]");
        }

        _client = _belvo.CreateClient();
    }

    public void Dispose() => _belvo.Dispose();

    [Theory]
    [InlineData("ab", "it has 2 characters")]
    [InlineData("", "it has 0 characters")]
    [InlineData("jane.doe@example.com", "its character at position 5 is '.'")]
    [InlineData("user 42", "its character at position 5 is a space")]
    [InlineData("user\n42", "its character at position 5 is a control character")]
    public async Task An_external_id_that_breaks_Belvos_rule_is_refused_with_the_rule_and_without_the_value(string externalId, string problem)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Links.RegisterAsync(Register() with { ExternalId = externalId }));

        Assert.Equal("request", ex.ParamName);
        Assert.StartsWith($"LinkRegisterRequest.ExternalId breaks Belvo's rule for external_id: {problem}, but it must have 3 to 256 characters, each a letter, a digit, '-' or '_'.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must not hold personal data", ex.Message, StringComparison.Ordinal);
        if (externalId.Length > 3)
        {
            Assert.DoesNotContain(externalId, ex.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_belvo.Requests);
    }

    [Fact]
    public async Task An_external_id_longer_than_256_characters_is_refused()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Links.RegisterAsync(Register() with { ExternalId = new string('a', 257) }));

        Assert.Contains("it has 257 characters", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("user_4000-b")]
    [InlineData("usuário_ñ")]
    [InlineData("0d3ffb69-f83b-456e-ad8e-208d0998d71d")]
    public async Task An_external_id_that_keeps_the_rule_is_sent_as_given(string externalId)
    {
        await _client.Links.RegisterAsync(Register() with { ExternalId = externalId });

        var sent = System.Text.Json.Nodes.JsonNode.Parse(_belvo.Requests.Single().RequestMessage.Body!)!;
        Assert.Equal(externalId, (string?)sent["external_id"]);
    }

    [Fact]
    public async Task The_256_character_external_id_is_the_longest_sent()
    {
        await _client.Links.RegisterAsync(Register() with { ExternalId = new string('a', 256) });

        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task The_widget_tokens_external_id_and_link_follow_the_same_rules()
    {
        var badId = await Assert.ThrowsAsync<ArgumentException>(() => _client.WidgetTokens.CreateAsync(new WidgetTokenRequest { ExternalId = "x" }));
        var emptyLink = await Assert.ThrowsAsync<ArgumentException>(() => _client.WidgetTokens.CreateAsync(new WidgetTokenRequest { LinkId = Guid.Empty }));
        await _client.WidgetTokens.CreateAsync(new WidgetTokenRequest { ExternalId = "user_4000" });

        Assert.StartsWith("WidgetTokenRequest.ExternalId breaks Belvo's rule for external_id", badId.Message, StringComparison.Ordinal);
        Assert.StartsWith("WidgetTokenRequest.LinkId (link_id) is Guid.Empty, which names nothing.", emptyLink.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(BelvoTestServer.SecretPassword, badId.Message + emptyLink.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
    }

    [Theory]
    [InlineData("", "b", "LinkRegisterRequest.Institution (institution) is empty. Belvo requires it: pass the institution's Belvo name")]
    [InlineData("   ", "b", "LinkRegisterRequest.Institution (institution) is blank.")]
    [InlineData("erebor_mx_retail", " ", "LinkRegisterRequest.Username (username) is blank. Belvo requires the end user's credentials")]
    public async Task A_required_field_that_is_blank_is_refused(string institution, string username, string message)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Links.RegisterAsync(Register() with { Institution = institution, Username = username }));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }

    [Fact]
    public async Task A_required_field_set_to_null_is_refused()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Links.RegisterAsync(Register() with { Institution = null! }));

        Assert.StartsWith("LinkRegisterRequest.Institution (institution) is null.", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }

    [Fact]
    public async Task A_login_field_may_be_left_out_but_never_sent_blank()
    {
        await _client.Links.RegisterAsync(Register() with { Institution = "imss_mx_employment", Password = null });
        var blankPassword = await Assert.ThrowsAsync<ArgumentException>(() => _client.Links.RegisterAsync(Register() with { Password = "" }));
        var blankSecondUser = await Assert.ThrowsAsync<ArgumentException>(() => _client.Links.RegisterAsync(Register() with { Username2 = " " }));
        var blankNewPassword = await Assert.ThrowsAsync<ArgumentException>(() => _client.Links.UpdateCredentialsAsync(LinkId, new LinkUpdateCredentialsRequest { Password = "\t" }));

        Assert.StartsWith("LinkRegisterRequest.Password (password) is empty.", blankPassword.Message, StringComparison.Ordinal);
        Assert.StartsWith("LinkRegisterRequest.Username2 (username2) is blank. Leave it unset (null)", blankSecondUser.Message, StringComparison.Ordinal);
        Assert.StartsWith("LinkUpdateCredentialsRequest.Password (password) is blank.", blankNewPassword.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task An_empty_Guid_in_a_body_or_a_filter_is_refused()
    {
        var inBody = await Assert.ThrowsAsync<ArgumentException>(() => _client.Transactions.RetrieveAsync(
            new TransactionsRetrieveRequest { Link = LinkId, Account = Guid.Empty, DateFrom = Today.AddDays(-30), DateTo = Today }));
        var link = await Assert.ThrowsAsync<ArgumentException>(() => _client.Transactions.RetrieveAsync(
            new TransactionsRetrieveRequest { Link = Guid.Empty, DateFrom = Today.AddDays(-30), DateTo = Today }));
        var inFilter = await Assert.ThrowsAsync<ArgumentException>(() => _client.Transactions.ListAsync(new TransactionListOptions { Link = Guid.Empty }).GetPageAsync());

        Assert.StartsWith("TransactionsRetrieveRequest.Account (account) is Guid.Empty", inBody.Message, StringComparison.Ordinal);
        Assert.Contains("Guid.Empty", link.Message, StringComparison.Ordinal);
        Assert.Contains("The link filter is Guid.Empty", inFilter.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }

    [Fact]
    public async Task A_period_must_not_end_in_the_future_nor_before_it_starts()
    {
        var future = await Assert.ThrowsAsync<ArgumentException>(() => _client.Transactions.RetrieveAsync(
            new TransactionsRetrieveRequest { Link = LinkId, DateFrom = Today, DateTo = Today.AddDays(2) }));
        var reversed = await Assert.ThrowsAsync<ArgumentException>(() => _client.Transactions.RetrieveAsync(
            new TransactionsRetrieveRequest { Link = LinkId, DateFrom = Today, DateTo = Today.AddDays(-1) }));
        await _client.Transactions.RetrieveAsync(new TransactionsRetrieveRequest { Link = LinkId, DateFrom = Today.AddDays(-1), DateTo = Today });

        Assert.Contains("is in the future. Belvo refuses a date_to after today", future.Message, StringComparison.Ordinal);
        Assert.Contains("is after DateTo", reversed.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task Invoices_and_tax_retentions_are_asked_for_at_most_365_days_at_a_time()
    {
        var from = new DateOnly(2024, 1, 1);
        var invoices = await Assert.ThrowsAsync<ArgumentException>(() => _client.Invoices.RetrieveAsync(
            new InvoicesRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = from.AddDays(366), Type = InvoiceType.Inflow }));
        var retentions = await Assert.ThrowsAsync<ArgumentException>(() => _client.TaxRetentions.RetrieveAsync(
            new TaxRetentionsRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = from.AddDays(366), Type = TaxRetentionType.Inflow }));
        await _client.Invoices.RetrieveAsync(new InvoicesRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = from.AddDays(365), Type = InvoiceType.Inflow });

        Assert.Equal(
            "The period 2024-01-01 to 2025-01-01 spans 366 days, but Belvo returns at most 365 days of invoices per request. Split it into several requests. (Parameter 'request')",
            invoices.Message);
        Assert.Contains("at most 365 days of tax retentions", retentions.Message, StringComparison.Ordinal);
        Assert.Single(_belvo.Requests);
    }

    [Fact]
    public async Task Incomes_need_at_least_90_days_when_a_period_is_given()
    {
        var from = new DateOnly(2024, 1, 1);
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Incomes.RetrieveAsync(
            new IncomesRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = from.AddDays(89) }));
        await _client.Incomes.RetrieveAsync(new IncomesRetrieveRequest { Link = LinkId, DateFrom = from, DateTo = from.AddDays(90) });
        await _client.Incomes.RetrieveAsync(new IncomesRetrieveRequest { Link = LinkId });

        Assert.Contains("spans 89 days, but Belvo needs at least 90 days between date_from and date_to for incomes", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _belvo.Requests.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task A_page_size_outside_1_to_1000_is_refused(int pageSize)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.Links.ListAsync(new LinkListOptions { PageSize = pageSize }).GetPageAsync());

        Assert.Contains("Belvo accepts a page_size from 1 to 1000", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_belvo.Requests);
    }

    private static LinkRegisterRequest Register() => new() { Institution = "erebor_mx_retail", Username = "bnk100", Password = "full" };
}
