namespace Belvo.Sdk.Models;

/// <summary>The wire body of <c>POST /api/token/</c>: the request plus the secret keys Belvo expects in it.</summary>
internal sealed record WidgetTokenBody(
    string Id,
    string Password,
    string Scopes,
    Guid? LinkId,
    string? ExternalId,
    IReadOnlyList<string>? FetchResources,
    bool? FetchHistorical,
    string? CredentialsStorage,
    string? StaleIn,
    WidgetConfiguration? Widget)
{
    public static WidgetTokenBody From(WidgetTokenRequest request, BelvoClientOptions options) => new(
        options.SecretId!,
        options.SecretPassword!,
        string.Join(',', request.Scopes is { Count: > 0 } scopes ? scopes : WidgetTokenRequest.DefaultScopes),
        request.LinkId,
        request.ExternalId,
        request.FetchResources,
        request.FetchHistorical,
        request.CredentialsStorage,
        request.StaleIn,
        request.Widget);

    /// <inheritdoc />
    public override string ToString() => "WidgetTokenBody { Id = ***, Password = *** }";
}
