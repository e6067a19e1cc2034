namespace Belvo.Sdk.Tests.Models;

/// <summary>
/// The deliberate exceptions the model tests allow, each one a place where Belvo's spec contradicts itself, with the
/// reason. The generator follows the schemas, not the examples: a field listed in <see cref="ExampleFields"/> still
/// reaches the caller, in <c>AdditionalProperties</c>, and is written back unchanged; it is just not typed.
/// Every entry is checked to still be needed, so the lists cannot go stale.
/// </summary>
internal static class KnownSpecGaps
{
    /// <summary>Fields the spec's response examples contain but no property of the schema defines (<c>Type.wire_name</c>).</summary>
    public static readonly Dictionary<string, string> ExampleFields = new(StringComparer.Ordinal)
    {
        // Dropped by 1.223.0; the 1.35.0 balances examples (kept operations) and the incomes example still send them.
        // Dropped fields are not typed but never lost: they stay in AdditionalProperties and are written back.
        ["Account.bank_product_id"] = "dropped from Account in 1.223.0; the 1.35.0 balances examples still carry it",
        ["Income.institution"] = "dropped from Income in 1.223.0; the enrich-incomes example (1.35.0) still carries it",

        // The OFDA account examples send fields the 1.223.0 schemas do not define. The schema is what Belvo commits
        // to; an example alone is not enough to type a field (limit_date beside the documented limit_day, for
        // instance, may be a stale name), so they are kept untyped in AdditionalProperties.
        ["AccountCreditLimit.card_number"] = "only in the AccountsOfdaCreditCard example; AccountCreditDataLimitsOpenFinanceBrazil does not define it",
        ["AccountCreditData.last_period_balance"] = "only in the credit-card example; AccountCreditDataOpenFinanceBrazil does not define it (the loan data does)",
        ["AccountLoanData.limit_date"] = "only in the AccountsOfdaLoanData example; the schema documents limit_day instead",
        ["AccountLoanData.payment_due_day"] = "only in the AccountsOfdaLoanData example; the schema documents payment_day",
        ["AccountLoanData.next_payment_date"] = "only in the AccountsOfdaLoanData example; AccountLoanDataOpenFinanceBrazil does not define it",

        // Chile invoices: every 1.223.0 example carries two fields invoice_chile does not define, and the sale
        // details carry vat_amount (the schema types only totals there). Untyped, kept.
        ["ChileInvoice.additional_data"] = "in every invoice_chile example, not in the schema",
        ["ChileInvoice.invoice_identification"] = "in every invoice_chile example, not in the schema",
        ["ChileInvoiceSalesInvoiceDetails.vat_amount"] = "in the sale-invoice examples, not in invoice_chile.sales_invoice_details",

        // Tax returns: the examples carry `type` (yearly/monthly) on both variants and `link` on the business one;
        // TaxReturnBusiness defines neither (TaxReturnPersonal defines link). Same as in 1.35.0.
        ["TaxReturnBusiness.link"] = "in the business tax-return examples; TaxReturnBusiness does not define it (TaxReturnPersonal does)",
        ["TaxReturnBusiness.type"] = "in the tax-return examples (yearly/monthly); neither variant defines it",
        ["TaxReturnPersonal.type"] = "in the tax-return examples (yearly/monthly); neither variant defines it",
    };

    /// <summary>
    /// Documented response fields the SDK does not type as documented (<c>schema.wire_name</c>, as
    /// <see cref="SpecField.Name"/>), with the reason. Field coverage counts them as exceptions.
    /// </summary>
    public static readonly Dictionary<string, string> UntypedFields = new(StringComparer.Ordinal)
    {
        // The link-deletion 202 documents request_id as a uuid; the refresh 202 (same AsyncRequestAccepted type, one
        // for every 202) gives 32 hex digits without dashes as its example. A string holds both; a Guid would fail
        // on one of the two, so it is a string on purpose.
        ["inline AsyncRequestAccepted.request_id"] = "documented as uuid on link deletion but 32 hex digits on refresh; a string holds both",
    };

    /// <summary>
    /// Property examples that contradict their own schema (<c>schema.wire_name</c> → the example). The schema samples
    /// use a value of the documented format instead.
    /// </summary>
    public static readonly Dictionary<string, string> WrongPropertyExamples = new(StringComparer.Ordinal)
    {
        // Chile tax status (SII): every date property says `format: date` and "in YYYY-MM-DD format" but is
        // exemplified as DD-MM-YYYY. The SDK follows the schema (DateOnly) and, in case Belvo really sends the
        // examples' form, LenientDateOnlyConverter also reads an unambiguous DD-MM-YYYY (CurrentShapesTests).
        ["tax_status_sii_entity_details.incorporation_date"] = "24-09-2010",
        ["tax_status_sii_entity_details.start_date"] = "24-09-2010",
        ["tax_status_sii_address.date"] = "24-09-2010",
        ["tax_status_sii_economic_activity.start_date"] = "24-09-2010",
        ["tax_status_sii_legal_representative.start_date"] = "24-09-2010",
        ["tax_status_sii_equity_holder.start_date"] = "24-09-2010",
        ["tax_status_sii_company_stake.start_date"] = "24-09-2010",

        // Not a date in any order (month 18 if read as documented); no reader could accept it.
        ["tax_status_sii_authorized_tax_document.authorization_date"] = "2010-18-11",
    };

    /// <summary>
    /// Non-nullable properties (<c>Type.Property</c>) that an example of an operation kept from 1.35.0 leaves null, with
    /// the reason. Allowed only for those operations: every 1.223.0 example must fill its non-nullable properties.
    /// </summary>
    public static readonly Dictionary<string, string> NullsInLegacyExamples = new(StringComparer.Ordinal)
    {
        // The 1.35.0 balances embed the account as it was then; 1.223.0 requires (and every account example of it
        // sends) type and subtype. A balance read through the kept /api/balances/ operation lacks both.
        ["Account.Type"] = "absent from the account a 1.35.0 balance embeds; required by 1.223.0's Account",
        ["Account.Subtype"] = "absent from the account a 1.35.0 balance embeds; required by 1.223.0's Account",
    };

    /// <summary>The unmapped fields that no entry here explains.</summary>
    /// <remarks>ResponseExampleTests checks that every <see cref="ExampleFields"/> entry is still met in some example.</remarks>
    public static IReadOnlyList<string> Unexplained(IEnumerable<string> unmappedFields) =>
        [.. unmappedFields.Where(field => !ExampleFields.ContainsKey(field)).Distinct(StringComparer.Ordinal)];
}
