using System.Text.RegularExpressions;

namespace Belvo.Sdk.Generator.Naming;

/// <summary>A union base: its C# name, its variants' schema names (in tie-break order) and its summary.</summary>
internal sealed record UnionName(string Name, IReadOnlyList<string> VariantSchemas, string Summary);

/// <summary>
/// The small, explicit map from Belvo's schema names to the SDK's C# names. A schema that is not listed keeps its
/// spec name (enums lose their <c>Enum</c> prefix) as long as that name is already a clean identifier; anything
/// else stops the generator so that no <c>Anonymous3</c> or <c>Response201</c> ever reaches the SDK.
/// </summary>
internal static partial class NameMap
{
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        // Names the SDK's hand-written clients code against.
        ["LinksPutRequest"] = "LinkUpdateCredentialsRequest",
        ["ChangeAccessMode"] = "ChangeAccessModeRequest",
        ["PatchBody"] = "ResumeRequest",
        ["PatchBodyWithoutSaveData"] = "LinkResumeRequest",
        ["StandardRequest"] = "RetrieveRequest",
        ["TransactionsRequest"] = "TransactionsRetrieveRequest",
        ["AsynchronousAccepted202"] = "AsyncRequestAccepted",
        ["BalancesRequest"] = "BalancesRetrieveRequest",
        ["InvoiceWithIdSat"] = "SatInvoice",
        ["InvoiceDian"] = "DianInvoice",
        ["InvoicesRequest"] = "InvoicesRetrieveRequest",
        ["TaxStatusRequest"] = "TaxStatusRetrieveRequest",

        // Request bodies: <Resource>RetrieveRequest, like the ones above.
        ["EmploymentRecordRequest"] = "EmploymentRecordsRetrieveRequest",
        ["IncomesRequest"] = "IncomesRetrieveRequest",
        ["RecurringExpensesRequest"] = "RecurringExpensesRetrieveRequest",
        ["ReceivableTransactionRequest"] = "ReceivableTransactionsRetrieveRequest",
        ["TaxComplianceStatusRequest"] = "TaxComplianceStatusRetrieveRequest",
        ["TaxDeclarationsRequest"] = "TaxDeclarationsRetrieveRequest",
        ["TaxRetentionsRequest"] = "TaxRetentionsRetrieveRequest",
        ["EyodIncomeVerificationRequest"] = "IncomeEnrichmentRequest",
        ["EyodIncomeVerificationBodyRequest"] = "IncomeEnrichmentTransaction",
        ["CategorizationBodyRequest"] = "CategorizationRequestTransaction",

        // Resources: singular nouns without the spec's plural prefixes.
        ["AccountsBalance"] = "AccountBalance",
        ["AccountsCreditData"] = "AccountCreditData",
        ["AccountsFundsData"] = "AccountFund",
        ["AccountsFundsDataPublicIdentifications"] = "AccountFundPublicIdentification",
        ["AccountsLoanData"] = "AccountLoanData",
        ["AccountsLoanDataFees"] = "AccountLoanFee",
        ["AccountsLoanDataInterestRate"] = "AccountLoanInterestRate",
        ["AccountsReceivablesData"] = "AccountReceivablesData",
        ["Categorization"] = "CategorizationResult",
        ["CategorizationBody"] = "CategorizedTransaction",
        ["CategorizationMerchantData"] = "CategorizedTransactionMerchant",
        ["EmploymentRecordEmploymentStatusUpdates"] = "EmploymentStatusUpdate",
        ["IncomeStreamsBody"] = "IncomeStream",
        ["InstitutionsFeature"] = "InstitutionFeature",
        ["InstitutionsFormField"] = "InstitutionFormField",
        ["InstitutionsFormFieldValues"] = "InstitutionFormFieldValue",
        ["InvestmentsPortfolio"] = "InvestmentPortfolio",
        ["InvestmentsPortfolioInstrument"] = "InvestmentInstrument",
        ["InvestmentsPortfolioInstrumentFees"] = "InvestmentInstrumentFee",
        ["InvestmentsPortfolioInstrumentInterestRate"] = "InvestmentInstrumentInterestRate",
        ["InvestmentsPortfolioInstrumentPublicId"] = "InvestmentInstrumentPublicId",
        ["InvestmentsPortfolioInstrumentRedemptionConditions"] = "InvestmentInstrumentRedemptionCondition",
        ["InvoiceDetailDian"] = "DianInvoiceDetail",
        ["InvoiceDetailSat"] = "SatInvoiceDetail",
        ["InvoiceDetailRetainedTaxSat"] = "SatInvoiceDetailRetainedTax",
        ["InvoiceSenderDetailsDian"] = "DianInvoiceSenderDetails",
        ["InvoicesReceiverDetailsDian"] = "DianInvoiceReceiverDetails",
        ["InvoiceWarningsDian"] = "DianInvoiceWarning",
        ["InvoiceWarningsSat"] = "SatInvoiceWarning",
        ["InvoicesPaymentsDian"] = "DianInvoicePayment",
        ["InvoicesPaymentsSat"] = "SatInvoicePayment",
        ["InvoicesPaymentsRelatedDocumentsDian"] = "DianInvoicePaymentRelatedDocument",
        ["InvoicesPaymentsRelatedDocumentsSat"] = "SatInvoicePaymentRelatedDocument",
        ["InvoicesPayrollDian"] = "DianInvoicePayroll",
        ["InvoicesPayrollSat"] = "SatInvoicePayroll",
        ["ReceivablesTransaction"] = "ReceivableTransaction",
        ["ReceivablesTransactionAccount"] = "ReceivableTransactionAccount",
        ["ReceivablesTransactionNumberOfInstallments"] = "ReceivableTransactionInstallments",
        ["RecevablesTransactionFees"] = "ReceivableTransactionFee",
        ["RecurringExpenses"] = "RecurringExpense",
        ["RetentionBreakdown"] = "TaxRetentionBreakdown",
        ["TaxRetentions"] = "TaxRetention",
        ["TaxStatusObligationsDian"] = "TaxStatusObligationDian",
        ["TaxStatusObligationsSat"] = "TaxStatusObligationSat",
        ["TaxStatusRegimensDian"] = "TaxStatusRegimenDian",
        ["TaxStatusRegimensSat"] = "TaxStatusRegimenSat",
        ["TransactionMerchantData"] = "TransactionMerchant",

        // Belvo's current description (1.223.0): the open-finance shapes are the ones every country gets now, so they take
        // the plain names; the suffixes and snake_case names do not reach C#.
        ["AccountOpenFinanceBrazil"] = "Account",
        ["AccountBalanceOpenFinanceBrazil"] = "AccountBalance",
        ["AccountCreditDataOpenFinanceBrazil"] = "AccountCreditData",
        ["AccountCreditDataCardsOpenFinanceBrazil"] = "AccountCreditCard",
        ["AccountCreditDataLimitsOpenFinanceBrazil"] = "AccountCreditLimit",
        ["AccountLoanDataOpenFinanceBrazil"] = "AccountLoanData",
        ["AccountLoanDataBalloonPaymentsOpenFinanceBrazil"] = "AccountLoanBalloonPayment",
        ["AccountLoanDataCollateralsOpenFinanceBrazil"] = "AccountLoanCollateral",
        ["AccountLoanDataContractedChargesOpenFinanceBrazil"] = "AccountLoanContractedCharge",
        ["AccountLoanDataFeesOpenFinanceBrazil"] = "AccountLoanFee",
        ["AccountLoanDataInterestRateDataOpenFinanceBrazil"] = "AccountLoanInterestRateData",
        ["AccountLoanDataInterestRateOpenFinanceBrazil"] = "AccountLoanInterestRate",
        ["AccountOverdraftOpenFinanceBrazil"] = "AccountOverdraft",
        ["TransactionOpenFinanceBrazil"] = "Transaction",
        ["TransactionCreditCardDataOpenFinanceBrazil"] = "TransactionCreditCardData",
        ["TransactionLoanDataOpenFinanceBrazil"] = "TransactionLoanData",
        ["TransactionLoanDataCharges"] = "TransactionLoanCharge",
        ["TransactionLoanDataFees"] = "TransactionLoanFee",
        ["BalanceOFDA"] = "BrazilBalance",
        ["Bill"] = "Bill",
        ["BillFinanceCharges"] = "BillFinanceCharge",
        ["BillPayments"] = "BillPayment",
        ["Consents"] = "Consent",
        ["EmploymentBrazil"] = "BrazilEmployment",
        ["EmployerDataBrazil"] = "BrazilEmployer",
        ["OccupationBrazil"] = "BrazilOccupation",
        ["SalaryBrazil"] = "BrazilSalary",
        ["InvestmentBrazil"] = "BrazilInvestment",
        ["InvestmentTransactionBrazil"] = "BrazilInvestmentTransaction",
        ["InstitutionPublicApi"] = "Institution",
        ["InstitutionOpenBankingInformation"] = "InstitutionOpenFinanceInformation",
        ["LinksRequest"] = "LinkRegisterRequest",
        ["LinksRequestEmploymentBrazil"] = "EmploymentBrazilLinkRequest",
        ["LinksRequestEmploymentMexico"] = "EmploymentMexicoLinkRequest",
        ["LinksRequestFiscalMexico"] = "FiscalMexicoLinkRequest",
        ["Owner"] = "StandardOwner",
        ["OwnerIndividualOpenFinanceBrazil"] = "BrazilIndividualOwner",
        ["OwnerBusinessOpenFinanceBrazil"] = "BrazilBusinessOwner",
        ["OwnerDocumentIdOpenFinanceBrazil"] = "BrazilOwnerDocumentId",
        ["OwnerAddresses"] = "OwnerAddress",
        ["OwnerEmails"] = "OwnerEmail",
        ["OwnerFiliations"] = "OwnerFiliation",
        ["OwnerNationalities"] = "OwnerNationality",
        ["OwnerParties"] = "OwnerParty",
        ["OwnerPhoneNumbers"] = "OwnerPhoneNumber",
        ["OwnerProcurators"] = "OwnerProcurator",
        ["OwnerBusinessDocumentIds"] = "OwnerBusinessDocumentId",
        ["OwnerBusinessEconomicActivies"] = "OwnerBusinessEconomicActivity",
        ["OwnerBusinessProducts"] = "OwnerBusinessProduct",
        ["OwnerIndividualDocumentIds"] = "OwnerIndividualDocumentId",
        ["OwnerIndividualProducts"] = "OwnerIndividualProduct",
        ["OwnerIndividualPayrollAccounts"] = "OwnerIndividualPayrollAccount",
        ["OwnerIndividualSalaryPortabilityRequests"] = "OwnerIndividualSalaryPortabilityRequest",
        ["invoice_chile"] = "ChileInvoice",
        ["debt_chile"] = "ChileDebtReport",
        ["tax_status_sii"] = "ChileTaxStatus",
        ["tax_status_sii_address"] = "ChileTaxStatusAddress",
        ["tax_status_sii_authorized_tax_document"] = "ChileTaxStatusAuthorizedTaxDocument",
        ["tax_status_sii_company_stake"] = "ChileTaxStatusCompanyStake",
        ["tax_status_sii_economic_activity"] = "ChileTaxStatusEconomicActivity",
        ["tax_status_sii_emails"] = "ChileTaxStatusEmail",
        ["tax_status_sii_entity_details"] = "ChileTaxStatusEntityDetails",
        ["tax_status_sii_equity_holder"] = "ChileTaxStatusEquityHolder",
        ["tax_status_sii_fiscal_office"] = "ChileTaxStatusFiscalOffice",
        ["tax_status_sii_legal_representative"] = "ChileTaxStatusLegalRepresentative",
        ["tax_status_sii_phone"] = "ChileTaxStatusPhone",
        ["tax_status_sii_property_tax_liabilities"] = "ChileTaxStatusPropertyTaxLiability",
        ["tax_status_sii_regime"] = "ChileTaxStatusRegime",
        ["EnumAccountCategoryOpenFinance"] = "AccountCategory",
        ["EnumAccountsLoanDataContractInstallmentFrequency"] = "AccountLoanContractInstallmentFrequency",

        // Enums. Two schemas mapped to one name become one type; the generator checks their values are identical.
        ["EnumLinkAccessModeRequest"] = "LinkAccessMode",
        ["EnumLinkAccessModeResponse"] = "LinkAccessMode",
        ["EnumCategorizationTransactionCategory"] = "TransactionCategory",
        ["EnumCategorizationTransactionSubcategory"] = "TransactionSubcategory",
        ["EnumCategorizationTransactionType"] = "TransactionType",
        ["EnumIncomeMinimumConfidenceLevelRequest"] = "IncomeConfidence",
        ["EnumIncomeStreamConfidence"] = "IncomeConfidence",
        ["EnumIncomeStreamType"] = "IncomeType",
        ["EnumInvoiceAllowedIncomeTypesRequest"] = "AllowedIncomeType",
        ["EnumIncomeVerificationAccountCategory"] = "IncomeEnrichmentAccountCategory",
        ["EnumIncomeVerificationAccountHolderType"] = "IncomeEnrichmentAccountHolderType",
        ["EnumIncomeVerificationType"] = "IncomeEnrichmentTransactionType",
        ["EnumEmploymentRecordStatus"] = "EmploymentStatus",
        ["EnumEmploymentRecordStatusUpdateEvents"] = "EmploymentStatusUpdateEvent",
        ["EnumInvestmentPortfolioInstrumentType"] = "InvestmentInstrumentType",
        ["EnumInvoiceDianInvoiceType"] = "DianInvoiceType",
        ["EnumInvoiceDianPaymentMethod"] = "DianPaymentMethod",
        ["EnumInvoiceSatInvoiceType"] = "SatInvoiceType",
        ["EnumInvoiceSatPaymentMethod"] = "SatPaymentMethod",
        ["EnumLoanDataFeeType"] = "LoanFeeType",
        ["EnumLoanDataInterestRateType"] = "LoanInterestRateType",
    };

    /// <summary>Unions without a discriminator. The first variant wins when nothing in the JSON tells them apart.</summary>
    private static readonly UnionName[] Unions =
    [
        new(
            "LinkRegistration",
            ["LinksRequest", "LinksRequestEmploymentBrazil", "LinksRequestEmploymentMexico", "LinksRequestFiscalMexico"],
            "What registering a link sends: a <see cref=\"LinkRegisterRequest\"/> for any institution (the general request of Belvo's 2023 description, for banking and every institution the current description does not list), or the request of one product, whose required fields the compiler checks: <see cref=\"EmploymentBrazilLinkRequest\"/>, <see cref=\"EmploymentMexicoLinkRequest\"/> or <see cref=\"FiscalMexicoLinkRequest\"/>."),
        new(
            "Owner",
            ["Owner", "OwnerIndividualOpenFinanceBrazil", "OwnerBusinessOpenFinanceBrazil"],
            "An account owner: a <see cref=\"StandardOwner\"/> (every country but Brazil), or, in Brazil's open finance, a <see cref=\"BrazilIndividualOwner\"/> or a <see cref=\"BrazilBusinessOwner\"/>."),
        new(
            "Invoice",
            ["InvoiceWithIdSat", "InvoiceDian"],
            "An invoice from a fiscal institution: a <see cref=\"SatInvoice\"/> (SAT, Mexico) or a <see cref=\"DianInvoice\"/> (DIAN, Colombia)."),
        new(
            "TaxReturn",
            ["TaxReturnPersonal", "TaxReturnPersonalMonthly", "TaxReturnBusiness", "TaxReturnBusinessMonthly"],
            "A tax return from the SAT (Mexico): yearly or monthly, for a person or a business. Lists can mix all four shapes."),
        new(
            "TaxReturnsRetrieveRequest",
            ["TaxReturnsYearlyRequest", "TaxReturnsMonthlyRequest"],
            "The body to retrieve tax returns: a <see cref=\"TaxReturnsYearlyRequest\"/> (Belvo's default) or a <see cref=\"TaxReturnsMonthlyRequest\"/>."),
        new(
            "TaxStatus",
            ["TaxStatusSat", "TaxStatusDian"],
            "A tax status: a <see cref=\"TaxStatusSat\"/> (SAT's <i>Constancia de situación fiscal</i>, Mexico) or a <see cref=\"TaxStatusDian\"/> (DIAN's RUT, Colombia)."),
        new(
            "TaxDeclaration",
            ["TaxDeclarationIndividual", "TaxDeclarationBusiness"],
            "A yearly tax declaration from the DIAN (Colombia): a <see cref=\"TaxDeclarationIndividual\"/> or a <see cref=\"TaxDeclarationBusiness\"/>."),
    ];

    /// <summary>Properties whose PascalCase name would clash with their record's name.</summary>
    private static readonly Dictionary<(string Type, string Wire), string> PropertyNames = new()
    {
        [("Balance", "balance")] = "Amount",
    };

    /// <summary>
    /// Wire names Belvo also sends a documented field under (<c>Type</c>, documented wire name → other names). The
    /// record reads them into the documented property through an internal alias and writes only the documented name.
    /// </summary>
    private static readonly Dictionary<(string Type, string Wire), string[]> Aliases = new()
    {
        // 1.223.0 renamed the tax status's regimes; 1.35.0 (and the API before the rename) sent `regimens`.
        [("TaxStatusSat", "regimes")] = ["regimens"],

        // The schema says `sales_invoice_details`; every invoice example of 1.223.0 (sale, purchase and summary
        // alike) sends `sale_invoice_details`.
        [("ChileInvoice", "sales_invoice_details")] = ["sale_invoice_details"],
    };

    private static readonly HashSet<string> SecretWireNames = new(StringComparer.Ordinal)
    {
        "password", "password2", "password3", "token", "certificate", "private_key", "secret", "secret_key", "api_key",
    };

    /// <summary>Names for schemas the description leaves unnamed (inline), where the name made from their place reads badly.</summary>
    private static readonly Dictionary<string, string> InlineNames = new(StringComparer.Ordinal)
    {
        ["EmploymentBrazilLinkRequestFetchResource"] = "EmploymentBrazilResource",
        ["EmploymentMexicoLinkRequestFetchResource"] = "EmploymentMexicoResource",
        ["FiscalMexicoLinkRequestFetchResource"] = "FiscalMexicoResource",
    };

    /// <summary>The C# name for an inline schema, from the name its place suggests.</summary>
    public static string InlineName(string hint) => InlineNames.GetValueOrDefault(hint, hint);

    /// <summary>The C# name for a component schema.</summary>
    public static string TypeName(string schemaId, bool isEnum)
    {
        if (TypeNames.TryGetValue(schemaId, out var mapped))
        {
            return mapped;
        }

        var name = isEnum && schemaId.StartsWith("Enum", StringComparison.Ordinal) && schemaId.Length > 4
            ? schemaId[4..]
            : schemaId;
        if (!CleanTypeName().IsMatch(name) || UncleanTypeName().IsMatch(name))
        {
            throw new InvalidOperationException(
                $"Schema '{schemaId}' would become the type '{name}', which is not an idiomatic C# name. Add it to NameMap.TypeNames.");
        }

        return name;
    }

    /// <summary>The union whose variants are exactly these schemas, in any order.</summary>
    public static UnionName Union(IEnumerable<string> variantSchemas)
    {
        var wanted = variantSchemas.Order(StringComparer.Ordinal).ToArray();
        return Unions.SingleOrDefault(union => union.VariantSchemas.Order(StringComparer.Ordinal).SequenceEqual(wanted))
            ?? Unions.FirstOrDefault(union => wanted.All(union.VariantSchemas.Contains))
            ?? throw new InvalidOperationException(
                $"The union of {string.Join(" | ", wanted)} has no name. Add it to NameMap.Unions.");
    }

    /// <summary>The C# property name for a wire name inside a record.</summary>
    public static string PropertyName(string typeName, string wireName)
    {
        if (PropertyNames.TryGetValue((typeName, wireName), out var mapped))
        {
            return mapped;
        }

        var name = Identifiers.Pascal(wireName);
        if (name == typeName)
        {
            throw new InvalidOperationException(
                $"'{typeName}.{wireName}' would be named like its record. Add it to NameMap.PropertyNames.");
        }

        return name;
    }

    /// <summary>The other wire names a response property is read from (see <see cref="Aliases"/>).</summary>
    public static IReadOnlyList<string> AliasesOf(string typeName, string wireName) =>
        Aliases.TryGetValue((typeName, wireName), out var names) ? names : [];

    /// <summary>Every alias, as <c>(type, alias, documented wire name)</c>.</summary>
    public static IEnumerable<(string Type, string Alias, string WireName)> AllAliases =>
        Aliases.SelectMany(pair => pair.Value.Select(alias => (pair.Key.Type, alias, pair.Key.Wire)));

    /// <summary>Properties that are credentials only in one record (a widget token's <c>access</c> and <c>refresh</c>).</summary>
    private static readonly HashSet<(string Type, string Wire)> SecretProperties =
    [
        ("WidgetToken", "access"),
        ("WidgetToken", "refresh"),
    ];

    /// <summary>Whether a property holds a credential that must never show up in <c>ToString()</c> or logs.</summary>
    public static bool IsSecret(string typeName, string wireName) =>
        SecretWireNames.Contains(wireName) || SecretProperties.Contains((typeName, wireName));

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex CleanTypeName();

    [GeneratedRegex("Anonymous|[0-9]{3}|^Response[0-9]*$|Response[0-9]+$")]
    private static partial Regex UncleanTypeName();
}
