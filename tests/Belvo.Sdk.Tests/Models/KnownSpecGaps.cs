namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// The deliberate exceptions the model tests allow, each one a place where Belvo's spec contradicts itself. The
/// generator follows the schemas, not the examples: a field listed here still reaches the caller, in
/// <c>AdditionalProperties</c>, and is written back unchanged; it is just not typed.
/// </summary>
internal static class KnownSpecGaps
{
    /// <summary>Fields the spec's response examples contain but no property of the schema defines (<c>Type.wire_name</c>).</summary>
    public static readonly HashSet<string> ExampleFields = new(StringComparer.Ordinal)
    {
        // AccountsBanking* examples: "agency" on the account, "last_period_balance" in credit_data and
        // "collected_at" in each funds_data entry; Account, AccountsCreditData and AccountsFundsData define none.
        "Account.agency",
        "AccountCreditData.last_period_balance",
        "AccountFund.collected_at",

        // OwnerBankingAccount examples send "first_name"; Owner only defines display_name and its other fields.
        "Owner.first_name",

        // InvoicePago examples send "installment" in each related document; the schema has "partiality_number".
        "SatInvoicePaymentRelatedDocument.installment",

        // TaxReturn*List examples: the yearly shapes carry "type" (and business ones "link"), which only the
        // monthly (type) and personal (link) schemas define.
        "TaxReturnBusiness.link",
        "TaxReturnBusiness.type",
        "TaxReturnPersonal.type",

        // TaxStatus examples spell the list "regimes"; the schema property is "regimens" (and its required list
        // says "regimen"). Which one the API sends is not confirmed, so the schema's name is typed.
        "TaxStatusSat.regimes",
    };

    /// <summary>The unmapped fields that no entry here explains.</summary>
    public static IReadOnlyList<string> Unexplained(IEnumerable<string> unmappedFields) =>
        [.. unmappedFields.Where(field => !ExampleFields.Contains(field)).Distinct(StringComparer.Ordinal)];
}
