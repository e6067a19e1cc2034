using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class FiscalTests
{
    private static readonly string[] SatInvoiceTypes = ["Egreso", "Ingreso", "Nómina", "Pago", "Traslado"];

    [Fact]
    public async Task Invoices_have_the_sat_shape_and_honour_type_and_dates()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink("tatooine_mx_fiscal"))["id"]!;

        var received = await api.Post("/api/invoices/", new { link, date_from = "2024-01-01", date_to = "2024-03-31", type = "INFLOW", attach_xml = true });

        Assert.Equal(201, received.Code);
        Assert.NotEmpty(received.Array);
        Assert.Contains("Nómina", received.Text, StringComparison.Ordinal);
        foreach (var invoice in received.Array.Select(i => i!.AsObject()))
        {
            Assert.Equal("INFLOW", (string?)invoice["type"]);
            Assert.Contains((string)invoice["invoice_type"]!, SatInvoiceTypes);
            Assert.InRange(DateOnly.Parse((string)invoice["invoice_date"]!, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));
            Assert.Matches("^[0-9A-F-]{36}$", (string?)invoice["invoice_identification"]);
            var subtotal = invoice["subtotal_amount"]!.GetValue<decimal>();
            var tax = invoice["tax_amount"]!.GetValue<decimal>();
            Assert.Equal(subtotal + tax - invoice["discount_amount"]!.GetValue<decimal>(), invoice["total_amount"]!.GetValue<decimal>());
            Assert.Equal(subtotal, invoice["invoice_details"]!.AsArray().Sum(d => d!["pre_tax_amount"]!.GetValue<decimal>()));
            Assert.StartsWith("<?xml", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)invoice["xml"]!)), StringComparison.Ordinal);
            foreach (var key in new[] { "sender_id", "sender_name", "receiver_id", "receiver_name", "certification_date", "certification_authority", "payments", "payroll", "currency", "exchange_rate", "status", "usage", "folio", "warnings" })
            {
                Assert.True(invoice.ContainsKey(key), key);
            }
        }

        Assert.All(received.Array.Where(i => (string?)i!["invoice_type"] == "Nómina"), i => Assert.NotNull(i!["payroll"]));
        (await api.Post("/api/invoices/", new { link, date_from = "2023-01-01", date_to = "2024-03-31", type = "INFLOW" })).AssertError(400, "invalid", "date_to");
        (await api.Post("/api/invoices/", new { link, date_from = "2024-01-01", date_to = "2024-03-31", type = "SIDEWAYS" })).AssertError(400, "invalid_choice", "type");
        (await api.Post("/api/invoices/", new { link, date_from = "2024-01-01", date_to = "2024-03-31" })).AssertError(400, "required", "type");
    }

    [Fact]
    public async Task Yearly_and_monthly_tax_returns_have_their_spec_shapes_and_can_be_filtered_by_ejercicio()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink("tatooine_mx_fiscal"))["id"]!;

        var yearly = await api.Post("/api/tax-returns/", new { link, year_from = "2021", year_to = "2023", attach_pdf = true });
        var monthly = await api.Post("/api/tax-returns/", new { link, type = "monthly", date_from = "2024-01-01", date_to = "2024-03-31" });

        Assert.Equal(3, yearly.Array.Count);
        foreach (var item in yearly.Array.Select(i => i!.AsObject()))
        {
            foreach (var key in new[] { "informacion_general", "sueldos_salarios", "servicios_profesionales", "dividendos", "deducciones_personales", "retenciones", "determinacion_impuesto", "pdf", "receipt_pdf", "collected_at" })
            {
                Assert.True(item.ContainsKey(key), key);
            }

            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(Convert.FromBase64String((string)item["pdf"]!)), StringComparison.Ordinal);
        }

        Assert.Equal(3, monthly.Array.Count);
        Assert.All(monthly.Array, m =>
        {
            Assert.Equal("monthly", (string?)m!["type"]);
            Assert.NotNull(m["isr"]);
            Assert.NotNull(m["iva"]);
            Assert.Null(m["pdf"]);
        });

        var list = (await api.Get("/api/tax-returns/?ejercicio__gte=2022&ejercicio__lte=2024&tipo_declaracion=Normal&page_size=50")).Object;
        Assert.Equal(5, (int)list["count"]!);
        Assert.Equal(2, (int)(await api.Get("/api/tax-returns/?ejercicio__range=2021,2022")).Object["count"]!);
        (await api.Post("/api/tax-returns/", new { link, year_from = "2023", year_to = "2021" })).AssertError(400, "invalid", "year_from");
        (await api.Post("/api/tax-returns/", new { link, year_from = "2023" })).AssertError(400, "required", "year_to");
    }

    [Fact]
    public async Task Tax_status_is_a_single_sat_object()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var link = (string)(await api.RegisterLink("tatooine_mx_fiscal"))["id"]!;

        var status = await api.Post("/api/tax-status/", new { link, save_data = false });

        Assert.Equal(200, status.Code);
        var body = status.Object;
        foreach (var key in new[] { "id", "link", "place_and_date_of_issuance", "official_name", "id_cif", "tax_payer_information", "address", "economic_activity", "regimens", "obligations", "digital_stamp", "digital_stamp_chain", "pdf" })
        {
            Assert.True(body.ContainsKey(key), key);
        }

        Assert.Matches("^[A-Z]{4}[0-9]{6}[A-Z0-9]{3}$", (string?)body["tax_payer_information"]!["rfc"]);
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.TaxStatus));
    }
}
