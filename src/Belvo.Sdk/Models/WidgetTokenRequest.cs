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

    /// <summary>Gets the purpose shown to the end user (required by Open Finance Brazil).</summary>
    public string? Purpose { get; init; }

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
