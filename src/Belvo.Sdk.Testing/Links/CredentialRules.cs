using Belvo.Sdk.Testing.Mfa;

namespace Belvo.Sdk.Testing.Links;

/// <summary>What logging in with a set of credentials does.</summary>
internal enum LoginResult
{
    Success,
    Mfa,
    LoginError,
    TooManySessions,
    InstitutionDown,
    Unexpected,
}

/// <summary>The outcome of a login and, for <see cref="LoginResult.Mfa"/>, which challenge it raises.</summary>
internal readonly record struct CredentialOutcome(LoginResult Result, MfaKind Mfa = MfaKind.None);

/// <summary>Maps the documented <see cref="EmulatorCredentials"/> to login outcomes.</summary>
internal static class CredentialRules
{
    public static CredentialOutcome Evaluate(string username, string? password)
    {
        if (password == EmulatorCredentials.InvalidPassword)
        {
            return new(LoginResult.LoginError);
        }

        return username switch
        {
            EmulatorCredentials.InvalidUsername => new(LoginResult.LoginError),
            EmulatorCredentials.TooManySessionsUsername => new(LoginResult.TooManySessions),
            EmulatorCredentials.InstitutionDownUsername => new(LoginResult.InstitutionDown),
            EmulatorCredentials.UnexpectedErrorUsername => new(LoginResult.Unexpected),
            _ => MfaFor(username) is var mfa && mfa != MfaKind.None ? new(LoginResult.Mfa, mfa) : new(LoginResult.Success),
        };
    }

    /// <summary>The challenge a username raises, if any; retrieve calls on its links raise the same one.</summary>
    public static MfaKind MfaFor(string username) => username switch
    {
        EmulatorCredentials.MfaNumericUsername => MfaKind.Numeric,
        EmulatorCredentials.MfaQrUsername => MfaKind.Qr,
        EmulatorCredentials.MfaTextUsername => MfaKind.Text,
        EmulatorCredentials.MfaDeviceTokenUsername => MfaKind.DeviceToken,
        EmulatorCredentials.MfaInputlessUsername => MfaKind.Inputless,
        _ => MfaKind.None,
    };
}
