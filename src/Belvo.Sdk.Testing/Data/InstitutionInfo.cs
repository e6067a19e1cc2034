using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Data;

/// <summary>One sandbox institution the emulator serves, with what decides its behaviour and its wire shape.</summary>
internal sealed record InstitutionInfo(int Id, string Name, string DisplayName, string Type, string Country, string PrimaryColor, bool TokenRequired)
{
    public const string Bank = "bank";
    public const string Fiscal = "fiscal";
    public const string Employment = "employment";

    /// <summary>Whether this is a Brazilian open-finance (OFDA) institution: consent-based, with bills, investments and exchanges.</summary>
    public bool OpenFinance { get; init; }

    /// <summary>What the institution offers, as its <c>resources</c> list shows (and the enrichment resources of its data).</summary>
    public IReadOnlyList<string> Resources => (Type, Country) switch
    {
        (Bank, _) when OpenFinance => ["ACCOUNTS", "BALANCES", "BILLS", "EXCHANGES", "INCOMES", "INVESTMENTS", "INVESTMENT_TRANSACTIONS", "OWNERS", "RECURRING_EXPENSES", "RISK_INSIGHTS", "TRANSACTIONS"],
        (Bank, _) => ["ACCOUNTS", "BALANCES", "INCOMES", "OWNERS", "PORTFOLIOS", "RECURRING_EXPENSES", "RISK_INSIGHTS", "TRANSACTIONS"],
        (Fiscal, "CL") => ["DEBT_REPORTS", "INVOICES", "TAX_STATUS"],
        (Fiscal, _) => ["FINANCIAL_STATEMENTS", "INVOICES", "TAX_COMPLIANCE_STATUS", "TAX_DECLARATIONS", "TAX_RETENTIONS", "TAX_RETURNS", "TAX_STATUS"],
        (_, "BR") => ["EMPLOYMENTS", "OWNERS"],
        _ => ["CURRENT_EMPLOYMENTS", "EMPLOYMENT_METRICS", "EMPLOYMENT_RECORDS", "OWNERS"],
    };

    /// <summary>Whether items of a resource the institution offers no retrieve call for (consents) come with its links.</summary>
    public bool GrantsConsents => OpenFinance;

    /// <summary>Whether link creation asks for a password (all but IMSS, which logs in with the CURP only).</summary>
    public bool RequiresPassword => Type != Employment;

    public string Currency => Country switch
    {
        "CO" => "COP",
        "CL" => "CLP",
        "BR" => "BRL",
        _ => "MXN",
    };

    public bool Supports(string resource) => Resources.Contains(resource) || (resource == "CONSENTS" && GrantsConsents);

    public JsonObject ToJson(bool down)
    {
        var brand = Name.Split('_')[0];
        return new JsonObject
        {
            ["id"] = Id,
            ["name"] = Name,
            ["type"] = Type,
            ["website"] = $"https://www.{brand}.com/",
            ["display_name"] = DisplayName,
            ["country_codes"] = new JsonArray(Country),
            ["primary_color"] = PrimaryColor,
            ["logo"] = $"https://belvo-api-media.s3.amazonaws.com/logos/{brand}_logo.png",
            ["icon_logo"] = $"https://statics.belvo.io/widget/images/institutions/{brand}.svg",
            ["text_logo"] = $"https://statics.belvo.io/widget/images/institutions/text/{brand}.svg",
            ["form_fields"] = FormFields(),
            ["features"] = TokenRequired
                ? new JsonArray(new JsonObject { ["name"] = "token_required", ["description"] = "The institution may require a token during link creation or login" })
                : new JsonArray(),
            ["resources"] = new JsonArray([.. Resources.Select(r => JsonValue.Create(r))]),
            ["integration_type"] = OpenFinance ? "openfinance" : "credentials",
            ["status"] = down ? "down" : "healthy",
        };
    }

    private JsonArray FormFields()
    {
        var fields = new JsonArray();
        if (Country == "CO" && Type == Bank)
        {
            // JsonNode, not JsonObject: JsonArray.Add<T> would serialise T with reflection (not trim/AOT safe).
            fields.Add((JsonNode)new JsonObject
            {
                ["name"] = "username_type",
                ["type"] = "select",
                ["label"] = "Document type",
                ["values"] = new JsonArray(
                    DocumentType("001", "Cédula de Ciudadanía"),
                    DocumentType("002", "Cédula de Extranjería"),
                    DocumentType("003", "Pasaporte")),
            });
        }

        var usernameLabel = Type switch
        {
            Fiscal => "RFC",
            Employment => "CURP",
            _ => "Client number",
        };
        fields.Add((JsonNode)Field("username", "text", usernameLabel, "Invalid " + usernameLabel.ToLowerInvariant()));
        if (RequiresPassword)
        {
            fields.Add((JsonNode)Field("password", "password", Type == Fiscal ? "CIEC" : "Password", "Invalid password"));
        }

        return fields;
    }

    private static JsonObject Field(string name, string type, string label, string validationMessage) => new()
    {
        ["name"] = name,
        ["type"] = type,
        ["label"] = label,
        ["validation"] = "^.{1,}$",
        ["placeholder"] = label,
        ["validation_message"] = validationMessage,
    };

    private static JsonObject DocumentType(string code, string label) => new()
    {
        ["code"] = code,
        ["label"] = label,
        ["validation"] = "^.{1,}$",
        ["validation_message"] = "Invalid document number",
        ["placeholder"] = "123456789",
    };
}
