using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Store;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>
/// Produces a link's data as a retrieve call would (generated, with the ids of already stored items reused) and,
/// when asked to persist, saves it so that re-retrieving updates items instead of duplicating them.
/// </summary>
internal sealed class LinkData(EmulatorContext context)
{
    public List<JsonObject> Accounts(LinkRecord link, bool persist)
    {
        var profile = Profile(link);
        var ids = Assigner(EmulatorResource.Accounts, link);
        var items = context.Bank.Accounts(profile)
            .Select(spec => context.Bank.AccountJson(spec, profile, ids.Assign(spec.Key), context.Today, context.Now))
            .ToList();
        return Save(EmulatorResource.Accounts, link, ids, items, persist);
    }

    public List<JsonObject> Transactions(LinkRecord link, DateOnly from, DateOnly to, string? accountId, bool persist) =>
        PerAccount(EmulatorResource.Transactions, link, accountId, persist, (spec, profile, account, ids) =>
            context.Bank.Transactions(spec, profile, account, from, to, ids.Assign, context.Today, context.Now));

    public List<JsonObject> Balances(LinkRecord link, DateOnly from, DateOnly to, string? accountId, bool persist) =>
        PerAccount(EmulatorResource.Balances, link, accountId, persist, (spec, profile, account, ids) =>
            context.Bank.Balances(spec, profile, account, from, to, ids.Assign, context.Now));

    public List<JsonObject> Owners(LinkRecord link, bool persist)
    {
        var ids = Assigner(EmulatorResource.Owners, link);
        List<JsonObject> items = [context.Bank.Owner(Profile(link), ids.Assign("owner"), context.Now)];
        return Save(EmulatorResource.Owners, link, ids, items, persist);
    }

    public List<JsonObject> Invoices(LinkRecord link, DateOnly from, DateOnly to, string type, bool attachXml, bool persist)
    {
        var ids = Assigner(EmulatorResource.Invoices, link);
        var items = context.Fiscal.Invoices(Profile(link), from, to, type, attachXml, ids.Assign, context.Now);
        return Save(EmulatorResource.Invoices, link, ids, items, persist);
    }

    public List<JsonObject> YearlyTaxReturns(LinkRecord link, int yearFrom, int yearTo, bool attachPdf, bool persist)
    {
        var ids = Assigner(EmulatorResource.TaxReturns, link);
        var items = context.Fiscal.YearlyTaxReturns(Profile(link), yearFrom, yearTo, attachPdf, ids.Assign, context.Now);
        return Save(EmulatorResource.TaxReturns, link, ids, items, persist);
    }

    public List<JsonObject> MonthlyTaxReturns(LinkRecord link, DateOnly from, DateOnly to, bool attachPdf, bool persist)
    {
        var ids = Assigner(EmulatorResource.TaxReturns, link);
        var items = context.Fiscal.MonthlyTaxReturns(Profile(link), from, to, attachPdf, ids.Assign, context.Now);
        return Save(EmulatorResource.TaxReturns, link, ids, items, persist);
    }

    public JsonObject TaxStatus(LinkRecord link, bool attachPdf, bool persist)
    {
        var ids = Assigner(EmulatorResource.TaxStatus, link);
        List<JsonObject> items = [context.Fiscal.TaxStatus(Profile(link), attachPdf, ids.Assign("tax-status"), context.Today, context.Now)];
        return Save(EmulatorResource.TaxStatus, link, ids, items, persist)[0];
    }

    /// <summary>Whether the account id is one of the link's accounts (stored or just generated).</summary>
    public bool HasAccount(LinkRecord link, string accountId) =>
        Accounts(link, persist: false).Any(a => (string?)a["id"] == accountId);

    private List<JsonObject> PerAccount(
        EmulatorResource resource,
        LinkRecord link,
        string? accountId,
        bool persist,
        Func<AccountSpec, LinkProfile, JsonObject, IdAssigner, List<JsonObject>> generate)
    {
        var profile = Profile(link);
        var specs = context.Bank.Accounts(profile);
        var accounts = Accounts(link, persist);
        var ids = Assigner(resource, link);
        var items = new List<JsonObject>();
        for (var i = 0; i < specs.Count; i++)
        {
            if (accountId is null || (string?)accounts[i]["id"] == accountId)
            {
                items.AddRange(generate(specs[i], profile, accounts[i], ids));
            }
        }

        return Save(resource, link, ids, items, persist);
    }

    private LinkProfile Profile(LinkRecord link)
    {
        var institution = context.Institutions.Find(link.Institution)
            ?? throw new InvalidOperationException($"Link {link.Id} refers to an unknown institution.");
        return new LinkProfile(link.Id, institution, link.Credentials.Username, DateOnly.FromDateTime(link.CreatedAt.UtcDateTime));
    }

    private IdAssigner Assigner(EmulatorResource resource, LinkRecord link) =>
        new(context.Store, context.Ids.NewUuid, resource, link.Id);

    private List<JsonObject> Save(EmulatorResource resource, LinkRecord link, IdAssigner ids, List<JsonObject> items, bool persist)
    {
        if (!persist)
        {
            return items;
        }

        return items.Select(item =>
        {
            var id = (string)item["id"]!;
            var accountId = (string?)item["account"]?["id"];
            return context.Store.Upsert(resource, new ItemOwner(link.Id, accountId, ids.KeyOf(id)), item);
        }).ToList();
    }
}
