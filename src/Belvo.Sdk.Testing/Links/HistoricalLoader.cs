using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Resources;
using Belvo.Sdk.Testing.Store;
using Belvo.Sdk.Testing.Webhooks;

namespace Belvo.Sdk.Testing.Links;

/// <summary>
/// What Belvo does when a recurrent link becomes valid: loads and stores its history, then notifies with one
/// <c>historical_update</c> webhook per resource (ACCOUNTS, TRANSACTIONS, OWNERS for banks; INVOICES, TAX_RETURNS,
/// TAX_STATUS for fiscal links; OWNERS for employment links).
/// </summary>
internal sealed class HistoricalLoader(EmulatorContext context, LinkData data)
{
    public void Load(LinkRecord link)
    {
        if (link.AccessMode != "recurrent" || context.Institutions.Find(link.Institution) is not { } institution)
        {
            return;
        }

        var today = context.Today;
        var from = today.AddDays(1 - context.Options.HistoricalDays);
        var notices = new List<(string Type, JsonObject Data)>();
        switch (institution.Type)
        {
            case InstitutionInfo.Bank:
                notices.Add(("ACCOUNTS", new JsonObject { ["total_accounts"] = data.Accounts(link, persist: true).Count }));
                notices.Add(("TRANSACTIONS", WebhookPayloads.TransactionTotals(data.Transactions(link, from, today, null, persist: true))));
                notices.Add(("OWNERS", new JsonObject { ["total_owners"] = data.Owners(link, persist: true).Count }));
                break;
            case InstitutionInfo.Fiscal:
                var invoiceFrom = today.AddDays(1 - Math.Min(context.Options.HistoricalDays, 365));
                var invoices = data.Invoices(link, invoiceFrom, today, "INFLOW", attachXml: false, persist: true).Count
                    + data.Invoices(link, invoiceFrom, today, "OUTFLOW", attachXml: false, persist: true).Count;
                notices.Add(("INVOICES", new JsonObject { ["total_invoices"] = invoices }));
                var returns = data.YearlyTaxReturns(link, today.Year - 2, today.Year - 1, attachPdf: false, persist: true).Count;
                notices.Add(("TAX_RETURNS", new JsonObject { ["total_tax_returns"] = returns }));
                data.TaxStatus(link, attachPdf: false, persist: true);
                notices.Add(("TAX_STATUS", new JsonObject { ["total_tax_status"] = 1 }));
                break;
            default:
                notices.Add(("OWNERS", new JsonObject { ["total_owners"] = data.Owners(link, persist: true).Count }));
                break;
        }

        foreach (var (type, totals) in notices)
        {
            context.Sender.Enqueue(WebhookPayloads.Create(context.Ids, link, type, WebhookPayloads.HistoricalUpdate, totals));
        }
    }
}
