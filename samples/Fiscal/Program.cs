// Fiscal: register a SAT link (tatooine_mx_fiscal in Belvo's sandbox and the emulator), read the invoices the
// taxpayer received and issued, and their tax status (Constancia de situación fiscal), then delete the link.
using Belvo.Sdk;
using Belvo.Samples;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;

return await SampleRunner.RunAsync(async (session, cancellationToken) =>
{
    var client = session.Client;
    var linkId = await session.RegisterLinkAsync(
        "tatooine_mx_fiscal", EmulatorCredentials.ValidUsername, apiUsername: "user_valid", apiPassword: "pass_valid", LinkAccessMode.Single, cancellationToken);

    try
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.AddDays(-60);
        foreach (var direction in new[] { InvoiceType.Inflow, InvoiceType.Outflow })
        {
            var invoices = await client.Invoices.RetrieveWithMfaAsync(
                new InvoicesRetrieveRequest { Link = linkId, DateFrom = from, DateTo = today, Type = direction },
                session.Mfa.HandleAsync,
                cancellationToken: cancellationToken);

            Console.WriteLine();
            Console.WriteLine($"{(direction == InvoiceType.Inflow ? "Received" : "Issued")} invoices since {from:yyyy-MM-dd}: {invoices.Count}");
            var byType = new ConsoleTable("invoice type", "count", "total");
            foreach (var group in invoices.GroupBy(i => i is SatInvoice sat ? sat.InvoiceType?.Value : "(not SAT)").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                byType.Add(group.Key, group.Count(), group.Sum(i => i.TotalAmount ?? 0m));
            }

            byType.Print();
            Console.WriteLine();
            var latest = new ConsoleTable("date", "sender", "receiver", "total", "currency");
            foreach (var invoice in invoices.OrderByDescending(i => i.InvoiceDate).Take(5))
            {
                latest.Add(invoice.InvoiceDate, invoice.SenderName, invoice.ReceiverName, invoice.TotalAmount, invoice.Currency);
            }

            latest.Print();
            SampleRunner.Check(invoices.All(i => i.Type == direction), $"Asked for {direction} invoices but got others.");
        }

        var status = await client.TaxStatus.RetrieveAsync(new TaxStatusRetrieveRequest { Link = linkId }, cancellationToken: cancellationToken);
        Console.WriteLine();
        Console.WriteLine("Tax status (Constancia de situación fiscal):");
        Console.WriteLine($"  Official name: {status.OfficialName}");
        Console.WriteLine($"  idCIF:         {status.IdCif}");
        Console.WriteLine($"  Issued:        {status.PlaceAndDateOfIssuance}");
        if (status is TaxStatusSat sat)
        {
            Console.WriteLine($"  RFC:           {sat.TaxPayerInformation?.Rfc}");
            Console.WriteLine($"  Padrón status: {sat.TaxPayerInformation?.StatusPadron}");
            var regimens = new ConsoleTable("regimen", "since", "until");
            foreach (var regimen in sat.Regimes ?? [])
            {
                regimens.Add(regimen.Regimen, regimen.InitialDate, regimen.EndDate);
            }

            regimens.Print();
        }

        SampleRunner.Check(status.Link == linkId, "The tax status belongs to another link.");
    }
    finally
    {
        await session.DeleteLinkAsync(linkId);
    }
});
