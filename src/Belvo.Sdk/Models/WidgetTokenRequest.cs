using System.Text.Json.Serialization;

namespace Belvo.Sdk.Models;

/// <summary>
/// What to request an access token for Belvo's Connect widget with (<c>POST /api/token/</c>). The secret
/// keys are added by the client. Set <see cref="LinkId"/> to open the widget in update mode for an existing link.
/// </summary>
public sealed record WidgetTokenRequest
{
    /// <summary>The scopes used when <see cref="Scopes"/> is not set: list institutions, create and read links.</summary>
    public static readonly IReadOnlyList<string> DefaultScopes = ["read_institutions", "write_links", "read_links"];

    /// <summary>Gets the permissions of the token, for example <c>read_institutions</c>, <c>write_links</c>. Default <see cref="DefaultScopes"/>.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Gets the link to update (update mode), for a link whose credentials became invalid.</summary>
    public Guid? LinkId { get; init; }

    /// <summary>Gets your own identifier for the link the widget creates (at least 3 characters, no personal data).</summary>
    public string? ExternalId { get; init; }

    /// <summary>Gets the resources Belvo loads asynchronously after the link is created, for example <c>ACCOUNTS</c>, <c>TRANSACTIONS</c>.</summary>
    public IReadOnlyList<string>? FetchResources { get; init; }

    /// <summary>Gets whether Belvo loads the historical data of the new link.</summary>
    public bool? FetchHistorical { get; init; }

    /// <summary>Gets how long Belvo stores the end user's credentials: <c>store</c>, <c>nostore</c>, or a duration such as <c>30d</c>.</summary>
    public string? CredentialsStorage { get; init; }

    /// <summary>Gets how long Belvo keeps the end user's data, for example <c>300d</c>.</summary>
    public string? StaleIn { get; init; }

    /// <summary>Gets the widget's branding, callbacks and other display settings.</summary>
    public WidgetConfiguration? Widget { get; init; }
}

/// <summary>Display settings of the Connect widget.</summary>
public sealed record WidgetConfiguration
{
    /// <summary>Gets your brand as shown in the widget.</summary>
    public WidgetBranding? Branding { get; init; }

    /// <summary>Gets the URLs the hosted widget redirects to.</summary>
    public WidgetCallbackUrls? CallbackUrls { get; init; }

    /// <summary>
    /// Gets the purpose shown to the end user, sent as <c>widget.purpose</c> (Belvo's 2023 description). For Brazil's
    /// open finance, Belvo's current description takes it in <see cref="Consent"/> (<c>widget.consent.purpose</c>).
    /// </summary>
    public string? Purpose { get; init; }

    /// <summary>
    /// Gets the open-finance flow the widget runs (<c>widget.openfinance_feature</c>): Belvo requires
    /// <see cref="ConsentLinkCreation"/> for Brazil's open finance (OFDA), and nothing for other products.
    /// </summary>
    public string? OpenfinanceFeature { get; init; }

    /// <summary>Gets the consent the end user gives in Brazil's open-finance widget (<c>widget.consent</c>): required there, unused elsewhere.</summary>
    public WidgetConsent? Consent { get; init; }

    /// <summary>The value of <see cref="OpenfinanceFeature"/> for Brazil's open-finance consent flow.</summary>
    public const string ConsentLinkCreation = "consent_link_creation";

    /// <summary>Gets further widget settings Belvo documents, sent as given (for example <c>theme</c>).</summary>
    [JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? AdditionalSettings { get; set; }
}

/// <summary>Your brand as shown in the Connect widget.</summary>
public sealed record WidgetBranding
{
    /// <summary>Gets the URL of your icon (SVG).</summary>
    public Uri? CompanyIcon { get; init; }

    /// <summary>Gets the URL of your logo (SVG).</summary>
    public Uri? CompanyLogo { get; init; }

    /// <summary>Gets your company name.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the URL of your terms of service.</summary>
    public Uri? CompanyTermsUrl { get; init; }

    /// <summary>Gets the header of the benefit you highlight.</summary>
    public string? CompanyBenefitHeader { get; init; }

    /// <summary>Gets the text of the benefit you highlight.</summary>
    public string? CompanyBenefitContent { get; init; }

    /// <summary>Gets the text shown when the end user closes the widget.</summary>
    public string? OpportunityLoss { get; init; }

    /// <summary>Gets the overlay color, for example <c>#F0F2F4</c>.</summary>
    public string? OverlayBackgroundColor { get; init; }

    /// <summary>Gets whether the widget shows social proof messaging.</summary>
    public bool? SocialProof { get; init; }
}

/// <summary>Where the hosted widget sends the end user, and its events.</summary>
public sealed record WidgetCallbackUrls
{
    /// <summary>Gets the URL opened when a link was created.</summary>
    public Uri? Success { get; init; }

    /// <summary>Gets the URL opened when the end user left the widget.</summary>
    public Uri? Exit { get; init; }

    /// <summary>Gets the URL that receives error events.</summary>
    public Uri? Event { get; init; }
}

/// <summary>The consent an end user gives in Brazil's open-finance (OFDA) widget.</summary>
public sealed record WidgetConsent
{
    /// <summary>The permissions Belvo requires, exactly: <c>REGISTER</c>, <c>ACCOUNTS</c>, <c>CREDIT_CARDS</c>, <c>CREDIT_OPERATIONS</c>.</summary>
    public static readonly IReadOnlyList<string> RequiredPermissions = ["REGISTER", "ACCOUNTS", "CREDIT_CARDS", "CREDIT_OPERATIONS"];

    /// <summary>Gets what you will use the data for, shown to the end user (at most 140 characters).</summary>
    public required string Purpose { get; init; }

    /// <summary>Gets the URL of your terms and conditions.</summary>
    public required Uri TermsAndConditionsUrl { get; init; }

    /// <summary>Gets the resources the consent covers. Default <see cref="RequiredPermissions"/>, the only value Belvo accepts.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = RequiredPermissions;

    /// <summary>Gets who the data belongs to: the individual's CPF, or for a business both the CPF of a person with access and the CNPJ (one or two entries).</summary>
    public required IReadOnlyList<WidgetIdentification> IdentificationInfo { get; init; }

    /// <summary>Gets how long the consent lasts, in days: 92, 183, 275 or 366; unset for Belvo's default.</summary>
    public int? DefaultConsentDurationDays { get; init; }
}

/// <summary>An identity the open-finance institution must recognise: a CPF (person) or CNPJ (company).</summary>
public sealed record WidgetIdentification
{
    /// <summary>Gets the kind of number: <c>CPF</c> or <c>CNPJ</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the CPF or CNPJ number.</summary>
    public required string Number { get; init; }

    /// <summary>Gets the name of the person or company, as the institution knows it.</summary>
    public required string Name { get; init; }
}
