namespace Belvo.Sdk.Errors;

/// <summary>
/// What the end user must do to produce the MFA token an institution asked for, as sent in
/// <c>token_generation_data</c> of a 428 <c>token_required</c> answer.
/// </summary>
/// <param name="Type">The challenge kind, for example <c>numeric</c>, <c>qr</c>, <c>text</c> or <c>inputless</c>.</param>
/// <param name="Value">The challenge itself (a numeric code, QR data as base64, or a question), if any.</param>
/// <param name="Instructions">Human-readable instructions to show the end user.</param>
/// <param name="ExpectsUserInput">
/// <see langword="true"/> when the end user must type a token; <see langword="false"/> when they confirm on
/// another device and the call is resumed without a token.
/// </param>
public sealed record TokenGenerationData(string? Type, string? Value, string? Instructions, bool ExpectsUserInput)
{
    /// <summary>Gets a value indicating whether <see cref="Value"/> is a QR code.</summary>
    public bool IsQrCode => string.Equals(Type, "qr", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() =>
        $"TokenGenerationData {{ Type = {Type}, ExpectsUserInput = {ExpectsUserInput}, Instructions = {Instructions} }}";
}
