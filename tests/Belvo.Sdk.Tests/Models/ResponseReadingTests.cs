using System.Text.Json;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// What Belvo's bodies really look like, read through the public client (and so through the generated readers):
/// escaped names, numbers sent as strings and strings as numbers, unknown fields and enum values, repeated
/// properties, and values of the wrong kind, which must fail as an unreadable answer that keeps the raw body.
/// </summary>
public sealed class ResponseReadingTests : IDisposable
{
    private const string AccountIdText = "0f82c5db-13a2-43c7-a69a-e036160aba3a";
    private static readonly Guid AccountId = Guid.Parse(AccountIdText);
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    [Fact]
    public async Task An_account_written_loosely_reads_into_its_typed_fields()
    {
        _belvo.Respond("GET", $"/api/accounts/{AccountIdText}/", 200, $$"""
            {
              "id": "{{AccountIdText}}",
              "\u0063ategory": "CHECKING_ACCOUNT",
              "institution": { "name": "erebor_mx_retail", "type": "bank" },
              "collected_at": "2024-03-06T14:25:40Z",
              "created_at": "2024-03-06T11:25:40",
              "type": "Cuentas de efectivo",
              "subtype": "CHECKING",
              "name": "first name, replaced below",
              "name": "Cuenta Perfiles",
              "number": 89608418,
              "balance": { "current": "1500.25", "available": 1200 },
              "currency": "MXN",
              "internal_identification": "1",
              "credit_data": { "collected_at": "2024-03-06T14:25:40Z", "cutting_date": "2024-03-11", "no_interest_payment": "12.50" },
              "brand_new_field": { "nested": [1, 2] }
            }
            """);

        var account = await _belvo.CreateClient().Accounts.GetAsync(AccountId);

        Assert.Equal(AccountId, account.Id);
        Assert.Equal(AccountCategory.CheckingAccount, account.Category);
        Assert.Same(AccountCategory.CheckingAccount.Value, account.Category!.Value.Value); // the cached value, no new string
        Assert.Equal("Cuenta Perfiles", account.Name);
        Assert.Equal("89608418", account.Number);
        Assert.Equal(1500.25m, account.Balance.Current);
        Assert.Equal(1200m, account.Balance.Available);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 11, 25, 40, TimeSpan.Zero), account.CreatedAt);
        Assert.Equal(new DateOnly(2024, 3, 11), account.CreditData!.CuttingDate);
        Assert.Equal(12.50m, account.CreditData.NoInterestPayment);
        var extra = Assert.Single(account.AdditionalProperties!);
        Assert.Equal("brand_new_field", extra.Key);
        Assert.Equal("""{ "nested": [1, 2] }""", extra.Value.GetRawText());
    }

    [Fact]
    public async Task An_enumeration_value_Belvo_adds_later_is_kept_as_sent()
    {
        _belvo.Respond("GET", $"/api/accounts/{AccountIdText}/", 200, Account("\"category\": \"DIGITAL_WALLET\""));

        var account = await _belvo.CreateClient().Accounts.GetAsync(AccountId);

        Assert.Equal("DIGITAL_WALLET", account.Category!.Value.Value);
        Assert.NotEqual(AccountCategory.CheckingAccount, account.Category);
    }

    [Theory]
    [InlineData("7", "7")]
    [InlineData("1.0", "1")]
    [InlineData("1e2", "100")]
    [InlineData("true", "true")]
    public async Task An_enumeration_value_sent_as_a_number_or_boolean_reads_as_its_text(string sent, string expected)
    {
        _belvo.Respond("GET", $"/api/accounts/{AccountIdText}/", 200, Account($"\"category\": {sent}"));

        var account = await _belvo.CreateClient().Accounts.GetAsync(AccountId);

        Assert.Equal(expected, account.Category!.Value.Value);
    }

    [Theory]
    [InlineData("\"id\": null", "'id'")]
    [InlineData("\"id\": 42", "'id'")]
    [InlineData("\"collected_at\": true", "timestamp")]
    [InlineData("\"balance\": { \"current\": \"a lot\" }", "'current'")]
    [InlineData("\"balance\": [1500.25]", "AccountBalance")]
    [InlineData("\"category\": {}", "AccountCategory")]
    public async Task A_value_of_the_wrong_kind_is_an_unreadable_answer_that_keeps_the_body(string field, string named)
    {
        var body = Account(field);
        _belvo.Respond("GET", $"/api/accounts/{AccountIdText}/", 200, body);

        var error = await Assert.ThrowsAsync<BelvoException>(() => _belvo.CreateClient().Accounts.GetAsync(AccountId));

        Assert.Contains("could not be read as Account", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(error.InnerException);
        Assert.NotNull(error.RawBody);
        Assert.StartsWith(error.RawBody.TrimEnd('…'), body, StringComparison.Ordinal); // kept, up to the SDK's bound
    }

    /// <summary>A minimal account with <paramref name="field"/> added last (so it wins over the same name earlier).</summary>
    private static string Account(string field) => $$"""
        {"id": "{{AccountIdText}}", "institution": {"name": "erebor_mx_retail", "type": "bank"}, "collected_at": "2024-03-06T14:25:40Z", "created_at": "2024-03-06T14:25:40Z", "category": "CHECKING_ACCOUNT", "type": "Cuentas de efectivo", "subtype": "CHECKING", "balance": {"current": 1, "available": 1}, "currency": "MXN", "internal_identification": "1", {{field}}}
        """;
}
