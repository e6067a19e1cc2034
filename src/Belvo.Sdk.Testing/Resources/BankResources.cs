using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Querying;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>The banking resources (accounts, transactions, balances, owners) with the filters the spec documents for each.</summary>
internal static class BankResources
{
    private static readonly Lookup[] ExactOrIn = FilterSet.ExactOrIn;
    private static readonly Lookup[] Comparisons = FilterSet.Comparisons;

    public static DataResource Accounts(LinkData data) => new()
    {
        Name = "accounts",
        Kind = EmulatorResource.Accounts,
        InstitutionResource = "ACCOUNTS",
        Filters = new FilterSet()
            .IdAndCreatedAt()
            .Text("link", "link", ExactOrIn)
            .Add("balance__available", "balance.available", FieldKind.Number, Comparisons)
            .Add("balance__current", "balance.current", FieldKind.Number, Comparisons)
            .Text("bank_product_id", "bank_product_id", Lookup.Exact)
            .Text("category", "category", ExactOrIn)
            .Text("currency", "currency", ExactOrIn)
            .Text("institution", "institution.name", ExactOrIn)
            .Text("internal_identification", "internal_identification", Lookup.Exact)
            .Text("name", "name", Lookup.Exact, Lookup.IContains)
            .Text("number", "number", ExactOrIn)
            .Text("public_identification_name", "public_identification_name", Lookup.Exact)
            .Text("public_identification_value", "public_identification_value", Lookup.Exact)
            .Text("type", "type", ExactOrIn),
        Parse = (link, _) => RetrievePlan.Ready(persist => new JsonArray([.. data.Accounts(link, persist)])),
    };

    public static DataResource Transactions(EmulatorContext context, LinkData data) => new()
    {
        Name = "transactions",
        Kind = EmulatorResource.Transactions,
        InstitutionResource = "TRANSACTIONS",
        SupportsAsync = true,
        LinkFilterRequired = true,
        Filters = new FilterSet()
            .IdAndCreatedAt()
            .Text("link", "account.link", ExactOrIn)
            .Text("account", "account.id", ExactOrIn)
            .Add("account__balance__available", "account.balance.available", FieldKind.Number, Comparisons)
            .Add("account__balance__current", "account.balance.current", FieldKind.Number, Comparisons)
            .Text("account_type", "account.type", ExactOrIn)
            .Add("accounting_date", "accounting_date", FieldKind.DateTime, Comparisons)
            .Add("amount", "amount", FieldKind.Number, Comparisons)
            .Add("collected_at", "collected_at", FieldKind.DateTime, Comparisons)
            .Text("credit_card_data__bill_name", "credit_card_data.bill_name", ExactOrIn)
            .Text("currency", "currency", ExactOrIn)
            .Text("institution", "account.institution.name", ExactOrIn)
            .Text("reference", "reference", ExactOrIn)
            .Text("status", "status", ExactOrIn)
            .Text("type", "type", ExactOrIn)
            .Add("value_date", "value_date", FieldKind.Date, Comparisons),
        Parse = (link, body) => DatedPerAccount(context, data, link, body, data.Transactions),
    };

    public static DataResource Balances(EmulatorContext context, LinkData data) => new()
    {
        Name = "balances",
        Kind = EmulatorResource.Balances,
        InstitutionResource = "BALANCES",
        Filters = new FilterSet()
            .Text("id", "id", ExactOrIn)
            .Text("link", "account.link", ExactOrIn)
            .Text("account", "account.id", ExactOrIn)
            .Text("account__type", "account.type", ExactOrIn)
            .Text("account_type", "account.type", ExactOrIn)
            .Add("balance", "balance", FieldKind.Number, Comparisons)
            .Add("current_balance", "current_balance", FieldKind.Number, Comparisons)
            .Text("currency", "account.currency", ExactOrIn)
            .Text("institution", "account.institution.name", ExactOrIn)
            .Add("value_date", "value_date", FieldKind.Date, Comparisons),
        Parse = (link, body) => DatedPerAccount(context, data, link, body, data.Balances),
    };

    public static DataResource Owners(LinkData data) => new()
    {
        Name = "owners",
        Kind = EmulatorResource.Owners,
        InstitutionResource = "OWNERS",
        Filters = new FilterSet()
            .IdAndCreatedAt()
            .Text("link", "link", ExactOrIn)
            .Text("display_name", "display_name", Lookup.IContains)
            .Text("email", "email", Lookup.Exact),
        Parse = (link, _) => RetrievePlan.Ready(persist => new JsonArray([.. data.Owners(link, persist)])),
    };

    /// <summary>Transactions and balances: a date range and an optional account of the link.</summary>
    private static RetrievePlan DatedPerAccount(
        EmulatorContext context,
        LinkData data,
        Store.LinkRecord link,
        JsonObject body,
        Func<Store.LinkRecord, DateOnly, DateOnly, string?, bool, List<JsonObject>> fetch)
    {
        if (!RetrieveDates.TryRead(body, context, maxDays: null, out var from, out var to, out var error))
        {
            return RetrievePlan.Fail(error!);
        }

        var account = Http.JsonBody.String(body, "account");
        return RetrieveDates.CheckAccount(account, id => data.HasAccount(link, id), context.Errors) is { } invalid
            ? RetrievePlan.Fail(invalid)
            : RetrievePlan.Ready(persist => new JsonArray([.. fetch(link, from, to, account, persist)]));
    }
}
