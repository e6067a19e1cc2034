// BrazilOpenFinance: the Brazilian open-finance (OFDA) flow. Ask for a widget token that carries the consent
// request, connect the user's institution (a link), read the consent Belvo recorded for the link, then the
// accounts, credit card bills and investments the consent covers, typed; delete the link. Against the real API
// the link is created by the user in Belvo's widget, so the sample stops after the widget token.
using System.Text.Json;
using Belvo.Sdk;
using Belvo.Samples;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;

return await SampleRunner.RunAsync(async (session, cancellationToken) =>
{
    var client = session.Client;

    // 1. Consent: the widget token names what the user is asked to share and why.
    using var consentRequest = JsonDocument.Parse("""
        {
          "purpose": "Offer you a credit line based on your accounts",
          "terms_and_conditions_url": "https://www.example.com/terms",
          "permissions": ["REGISTER", "ACCOUNTS", "CREDIT_CARDS", "CREDIT_OPERATIONS"],
          "identification_info": [{ "type": "CPF", "number": "76109277673", "name": "Ana Sample" }]
        }
        """);
    using var feature = JsonDocument.Parse("\"consent_link_creation\"");
    var token = await client.WidgetTokens.CreateAsync(
        new WidgetTokenRequest
        {
            Scopes = ["read_institutions", "write_links", "read_consents", "write_consents", "write_consent_callback", "delete_consents"],
            FetchResources = ["ACCOUNTS", "OWNERS", "TRANSACTIONS", "BILLS", "INVESTMENTS"],
            Widget = new WidgetConfiguration
            {
                Purpose = "Offer you a credit line based on your accounts",
                AdditionalSettings = new Dictionary<string, JsonElement>
                {
                    ["openfinance_feature"] = feature.RootElement.Clone(),
                    ["consent"] = consentRequest.RootElement.Clone(),
                },
            },
        },
        cancellationToken: cancellationToken);
    Console.WriteLine();
    var access = token.Access ?? string.Empty;
    Console.WriteLine($"Widget token for the consent request: {access[..Math.Min(12, access.Length)]}… (valid 10 minutes; give it to Belvo's widget).");
    if (!session.IsEmulator)
    {
        Console.WriteLine("Against Belvo, the user now connects an open-finance institution in the widget, which creates the link and the consent.");
        return;
    }

    // 2. The link (the emulator registers it directly; in production the widget does).
    var linkId = await session.RegisterLinkAsync(
        "ofmockbank_br_retail", EmulatorCredentials.ValidUsername, apiUsername: "user_valid", apiPassword: "pass_valid", LinkAccessMode.Single, cancellationToken);
    try
    {
        // 3. The consent Belvo recorded for the link.
        var consents = await client.Consents.ListAsync(new ConsentListOptions { UserDocument = "76109277673" }, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var consent = consents.Single(c => c.LinkId == linkId);
        Console.WriteLine();
        Console.WriteLine($"Consent {consent.Id}: {consent.Status?.Value}, expires {consent.ExpiredAt:yyyy-MM-dd}, institution {consent.InstitutionDisplayName}.");
        Console.WriteLine($"  Permissions: {string.Join(", ", consent.Permissions?.Resources ?? consent.Permissions?.Accounts ?? [])}");

        // 4. Accounts.
        var accounts = await client.Accounts.RetrieveWithMfaAsync(new RetrieveRequest { Link = linkId }, session.Mfa.HandleAsync, cancellationToken: cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"Accounts: {accounts.Count}");
        var accountTable = new ConsoleTable("name", "category", "agency", "number", "current", "currency");
        foreach (var account in accounts)
        {
            accountTable.Add(account.Name, account.Category, account.Agency, account.Number, account.Balance.Current, account.Currency);
        }

        accountTable.Print();

        // 5. Credit card bills.
        var bills = await client.Bills.RetrieveAsync(new BillsRetrieveRequest { Link = linkId }, cancellationToken: cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"Credit card bills: {bills.Count}");
        var billTable = new ConsoleTable("bill", "due", "total", "minimum", "currency", "payments");
        foreach (var bill in bills.OrderBy(b => b.DueDate))
        {
            billTable.Add(bill.BillName, bill.DueDate, bill.TotalAmount, bill.MinimumAmount, bill.Currency, bill.Payments?.Count ?? 0);
        }

        billTable.Print();

        // 6. Investments.
        var investments = await client.BrazilInvestments.RetrieveAsync(new BrazilInvestmentsRetrieveRequest { Link = linkId }, cancellationToken: cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"Investments: {investments.Count}");
        var investmentTable = new ConsoleTable("product", "type", "issued", "due", "gross value", "currency");
        foreach (var investment in investments)
        {
            investmentTable.Add(investment.ProductName, investment.Type, investment.IssueDate, investment.DueDate, investment.Balance?.GrossValue, investment.Currency);
        }

        investmentTable.Print();
        SampleRunner.Check(accounts.Count > 0 && bills.Count > 0 && investments.Count > 0, "The open-finance link returned no accounts, bills or investments.");
    }
    finally
    {
        await session.DeleteLinkAsync(linkId);
    }
});
