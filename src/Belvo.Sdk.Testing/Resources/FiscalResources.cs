using System.Globalization;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Querying;
using Belvo.Sdk.Testing.Store;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>The SAT fiscal resources (invoices, tax returns, tax status) with the filters the spec documents for each.</summary>
internal static class FiscalResources
{
    private static readonly Lookup[] ExactOrIn = FilterSet.ExactOrIn;
    private static readonly Lookup[] Comparisons = FilterSet.Comparisons;

    public static DataResource Invoices(EmulatorContext context, LinkData data) => new()
    {
        Name = "invoices",
        Kind = EmulatorResource.Invoices,
        InstitutionResource = "INVOICES",
        SupportsAsync = true,
        Filters = new FilterSet()
            .IdAndCreatedAt()
            .Text("link", "link", ExactOrIn)
            .Add("invoice_date", "invoice_date", FieldKind.Date, Comparisons)
            .Text("invoice_identification", "invoice_identification", [.. Comparisons, Lookup.In])
            .Text("status", "status", ExactOrIn)
            .Add("total_amount", "total_amount", FieldKind.Number, Comparisons)
            .Text("type", "type", ExactOrIn),
        Parse = (link, body) =>
        {
            if (!RetrieveDates.TryRead(body, context, maxDays: 365, out var from, out var to, out var error))
            {
                return RetrievePlan.Fail(error!);
            }

            var type = JsonBody.String(body, "type");
            if (type is not ("INFLOW" or "OUTFLOW"))
            {
                return RetrievePlan.Fail(string.IsNullOrEmpty(type) ? context.Errors.Required("type") : context.Errors.InvalidChoice("type", type));
            }

            var attachXml = JsonBody.Bool(body, "attach_xml", fallback: false);
            return RetrievePlan.Ready(persist => new JsonArray([.. data.Invoices(link, from, to, type, attachXml, persist)]));
        },
    };

    public static DataResource TaxReturns(EmulatorContext context, LinkData data) => new()
    {
        Name = "tax-returns",
        Kind = EmulatorResource.TaxReturns,
        InstitutionResource = "TAX_RETURNS",
        Resumable = false,
        Filters = new FilterSet()
            .IdAndCreatedAt()
            .Add("ejercicio", "informacion_general.ejercicio", FieldKind.Number, Comparisons)
            .Text("tipo_declaracion", "informacion_general.tipo_declaracion", ExactOrIn),
        Parse = (link, body) => ParseTaxReturns(context, data, link, body),
    };

    public static DataResource TaxStatus(LinkData data) => new()
    {
        Name = "tax-status",
        Kind = EmulatorResource.TaxStatus,
        InstitutionResource = "TAX_STATUS",
        Resumable = false,
        Filters = new FilterSet().IdAndCreatedAt().Text("link", "link", ExactOrIn),
        Parse = (link, body) =>
        {
            var attachPdf = JsonBody.Bool(body, "attach_pdf", fallback: false);
            return RetrievePlan.Ready(persist => data.TaxStatus(link, attachPdf, persist));
        },
    };

    /// <summary>Yearly (the default: <c>year_from</c>/<c>year_to</c>) or monthly (<c>date_from</c>/<c>date_to</c>) tax returns.</summary>
    private static RetrievePlan ParseTaxReturns(EmulatorContext context, LinkData data, LinkRecord link, JsonObject body)
    {
        var attachPdf = JsonBody.Bool(body, "attach_pdf", fallback: false);
        var type = JsonBody.String(body, "type") ?? "yearly";
        if (type == "monthly")
        {
            return RetrieveDates.TryRead(body, context, maxDays: null, out var from, out var to, out var error)
                ? RetrievePlan.Ready(persist => new JsonArray([.. data.MonthlyTaxReturns(link, from, to, attachPdf, persist)]))
                : RetrievePlan.Fail(error!);
        }

        if (type != "yearly")
        {
            return RetrievePlan.Fail(context.Errors.InvalidChoice("type", type));
        }

        var fromError = ReadYear(body, "year_from", context, out var yearFrom);
        var toError = ReadYear(body, "year_to", context, out var yearTo);
        if ((fromError ?? toError) is { } yearError)
        {
            return RetrievePlan.Fail(yearError);
        }

        return yearFrom > yearTo
            ? RetrievePlan.Fail(context.Errors.Invalid("year_from", "year_from cannot be greater than year_to"))
            : RetrievePlan.Ready(persist => new JsonArray([.. data.YearlyTaxReturns(link, yearFrom, yearTo, attachPdf, persist)]));
    }

    private static ApiResponse? ReadYear(JsonObject body, string field, EmulatorContext context, out int year)
    {
        year = 0;
        var text = JsonBody.String(body, field);
        if (string.IsNullOrEmpty(text))
        {
            return context.Errors.Required(field);
        }

        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 2000 && year <= context.Today.Year
            ? null
            : context.Errors.Invalid(field, "Enter a year between 2000 and the current year, in YYYY format.");
    }
}
