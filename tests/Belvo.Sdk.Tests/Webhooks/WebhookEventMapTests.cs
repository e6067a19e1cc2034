using System.Text.RegularExpressions;
using Belvo.Sdk.Tests.Models;
using Belvo.Sdk.Webhooks;

namespace Belvo.Sdk.Tests.Webhooks;

/// <summary>Keeps the one (type, code) → record table, the records, the documented bodies and the docs in step.</summary>
public sealed partial class WebhookEventMapTests
{
    [Fact]
    public void Every_event_record_has_exactly_one_row_and_every_row_a_documented_body()
    {
        var records = typeof(BelvoWebhook).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(BelvoWebhook)) && !t.IsAbstract && t != typeof(UnknownWebhook))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(records, WebhookEventMap.Events.Select(e => e.RecordType).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal(
            WebhookEventMap.Events.Select(e => e.RecordType),
            DocumentedWebhooks.All.Select(d => d.Expected.GetType()));
    }

    [Fact]
    public void Records_without_typed_data_are_those_whose_data_Belvo_does_not_document()
    {
        var untyped = WebhookEventMap.Events.Where(e => !e.HasTypedData).Select(e => e.RecordType.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["LinkDeleted", "LinkTokenRequired", "NewBillsAvailable", "NewTransactionsAvailable", "TransactionsDeleted", "TransactionsUpdated"],
            untyped);
        Assert.All(
            WebhookEventMap.Events.Where(e => !e.HasTypedData),
            e => Assert.DoesNotContain(e.RecordType.GetProperties(), p => p.DeclaringType != typeof(BelvoWebhook)));
    }

    [Fact]
    public void The_docs_list_the_same_rows_as_the_table()
    {
        var docs = File.ReadAllText(Path.Combine(BelvoSpec.RepositoryRoot, "docs", "webhooks.md"));

        var rows = EventRow().Matches(docs).Select(m => (Type: m.Groups["type"].Value, Code: m.Groups["code"].Value, Record: m.Groups["record"].Value)).ToList();

        Assert.Equal(
            WebhookEventMap.Events.Select(e => (Type: e.WebhookType?.Value ?? "any", Code: e.WebhookCode.Value, Record: e.RecordType.Name)),
            rows);
    }

    // A row of the events table: | `TYPE` | `code` | `Record` | fields |
    [GeneratedRegex(@"^\| `(?<type>[A-Z_]+|any)` \| `(?<code>[a-z_]+)` \| `(?<record>[A-Za-z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex EventRow();
}
