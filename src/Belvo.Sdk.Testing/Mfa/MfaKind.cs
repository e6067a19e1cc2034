namespace Belvo.Sdk.Testing.Mfa;

/// <summary>The MFA challenge a set of credentials triggers.</summary>
internal enum MfaKind
{
    None,
    Numeric,
    Qr,
    Text,
    DeviceToken,
    Inputless,
}
