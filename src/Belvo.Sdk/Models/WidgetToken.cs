namespace Belvo.Sdk.Models;

/// <summary>
/// An access token for the Connect widget: pass <see cref="Access"/> when starting the widget. Valid for 10
/// minutes and invalidated once the end user connects. <see cref="ToString"/> does not show the tokens.
/// </summary>
public sealed record WidgetToken
{
    /// <summary>Gets the access token to start the widget with.</summary>
    public required string Access { get; init; }

    /// <summary>Gets the refresh token.</summary>
    public string? Refresh { get; init; }

    /// <inheritdoc />
    public override string ToString() => "WidgetToken { Access = ***, Refresh = *** }";
}
