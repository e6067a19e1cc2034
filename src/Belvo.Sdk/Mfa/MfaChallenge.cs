using Belvo.Sdk.Errors;

namespace Belvo.Sdk;

/// <summary>
/// One MFA round to show the end user: what kind of token the institution wants, its instructions, the
/// challenge value (decoded to PNG bytes for QR codes), and until when it can be answered.
/// </summary>
public sealed class MfaChallenge
{
    internal MfaChallenge(TokenRequiredException exception, int round, int restarts, DateTimeOffset receivedAt, BelvoException? previousRejection)
    {
        Exception = exception;
        Round = round;
        Restarts = restarts;
        PreviousRejection = previousRejection;
        ExpiresAt = exception.Expiry is { } expiry ? receivedAt + expiry : null;
    }

    /// <summary>Gets the 428 answer this challenge comes from.</summary>
    public TokenRequiredException Exception { get; }

    /// <summary>Gets the 1-based round: 2 and later mean the institution asked again (for example after an expired code).</summary>
    public int Round { get; }

    /// <summary>
    /// Gets how many times the original call was started again before this challenge because the MFA session
    /// expired (0 for the first start).
    /// </summary>
    public int Restarts { get; }

    /// <summary>
    /// Gets the error that refused the token given for this same challenge in the previous round (400
    /// <c>invalid_token</c>), so the prompt can say "wrong code, try again"; <see langword="null"/> otherwise.
    /// </summary>
    public BelvoException? PreviousRejection { get; }

    /// <summary>Gets the MFA session being resumed.</summary>
    public string Session => Exception.Session;

    /// <summary>Gets the link the MFA session belongs to.</summary>
    public Guid Link => Exception.Link;

    /// <summary>Gets the challenge kind: <c>numeric</c>, <c>qr</c>, <c>text</c> or <c>inputless</c>, when Belvo said.</summary>
    public string? Type => Exception.TokenGenerationData?.Type;

    /// <summary>Gets the instructions to show the end user.</summary>
    public string? Instructions => Exception.TokenGenerationData?.Instructions;

    /// <summary>Gets the challenge value as Belvo sent it (a code, a question, or a QR image as base64).</summary>
    public string? Value => Exception.TokenGenerationData?.Value;

    /// <summary>
    /// Gets a value indicating whether the end user must type a token. When <see langword="false"/> they
    /// confirm on another device (or scan the QR code) and the call is resumed without a token.
    /// </summary>
    public bool ExpectsUserInput => Exception.TokenGenerationData?.ExpectsUserInput ?? true;

    /// <summary>Gets when the challenge expires, from Belvo's <c>expiry</c>, if it gave one.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Gets the QR code as PNG bytes when the challenge is a QR code whose value is a base64 image; otherwise <see langword="null"/>.</summary>
    public byte[]? QrCodePng => Exception.TokenGenerationData?.IsQrCode == true ? DecodeImage(Value) : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"MfaChallenge {{ Round = {Round}, Restarts = {Restarts}, Type = {Type}, ExpectsUserInput = {ExpectsUserInput}, ExpiresAt = {ExpiresAt:O}, Instructions = {Instructions} }}";

    private static byte[]? DecodeImage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var comma = value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? value.IndexOf(',', StringComparison.Ordinal) : -1;
        var base64 = comma >= 0 ? value[(comma + 1)..] : value;
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
