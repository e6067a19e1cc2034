using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;

namespace Belvo.Sdk.Testing.Mfa;

/// <summary>
/// A paused POST waiting for its MFA token: which link and endpoint it belongs to, the challenge shown, when the
/// session and the challenge started, and what to do once it is resumed (given the PATCH request and body).
/// </summary>
internal sealed record MfaSession(
    string Id,
    string LinkId,
    string Scope,
    MfaKind Kind,
    DateTimeOffset StartedAt,
    DateTimeOffset ChallengeIssuedAt,
    Func<ApiRequest, JsonObject, ApiResponse> Complete)
{
    /// <summary>Numeric codes and QR codes go stale quickly; the other challenges last as long as the session.</summary>
    public bool ChallengeExpires => Kind is MfaKind.Numeric or MfaKind.Qr;

    /// <summary>Only the confirm-on-another-device challenge resumes without a token.</summary>
    public bool ExpectsUserInput => Kind != MfaKind.Inputless;
}
