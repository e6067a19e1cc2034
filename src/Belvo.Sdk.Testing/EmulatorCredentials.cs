namespace Belvo.Sdk.Testing;

/// <summary>
/// The end-user credentials that decide what the emulator answers when a link is registered (and, for MFA users,
/// when data is retrieved). The username picks the scenario; any username not listed here logs in successfully,
/// as in Belvo's sandbox. <see cref="InvalidPassword"/> fails the login for any username.
/// </summary>
public static class EmulatorCredentials
{
    /// <summary>A username that logs in successfully (Belvo's sandbox <c>user_valid</c>).</summary>
    public const string ValidUsername = "user_valid";

    /// <summary>A password that logs in successfully (Belvo's sandbox <c>pass_valid</c>); any password but <see cref="InvalidPassword"/> works.</summary>
    public const string ValidPassword = "pass_valid";

    /// <summary>A password the institution rejects: 400 <c>login_error</c> with any username.</summary>
    public const string InvalidPassword = "pass_invalid";

    /// <summary>A username the institution rejects: 400 <c>login_error</c> with any password.</summary>
    public const string InvalidUsername = "user_invalid";

    /// <summary>428 with a <c>numeric</c> challenge (a 6-digit code to type into the bank's app); it expires after the challenge lifetime.</summary>
    public const string MfaNumericUsername = "user_mfa_numeric";

    /// <summary>428 with a <c>qr</c> challenge (a base64 PNG to scan); it expires after the challenge lifetime.</summary>
    public const string MfaQrUsername = "user_mfa_qr";

    /// <summary>428 with a <c>text</c> challenge: the security question in <see cref="SecurityQuestion"/>, answered with <see cref="MfaToken"/>.</summary>
    public const string MfaTextUsername = "user_mfa_text";

    /// <summary>428 with an <c>inputless</c> challenge that expects user input: the user reads a token off a device, no challenge value.</summary>
    public const string MfaDeviceTokenUsername = "user_mfa_device";

    /// <summary>428 with an <c>inputless</c> challenge and <c>expects_user_input=false</c>: the user confirms on another device and the resume needs no token.</summary>
    public const string MfaInputlessUsername = "user_mfa_inputless";

    /// <summary>400 <c>too_many_sessions</c>: a session is already open at the institution.</summary>
    public const string TooManySessionsUsername = "user_too_many_sessions";

    /// <summary>400 <c>institution_down</c>, as if the institution were unreachable.</summary>
    public const string InstitutionDownUsername = "user_institution_down";

    /// <summary>500 <c>unexpected_error</c>.</summary>
    public const string UnexpectedErrorUsername = "user_unexpected_error";

    /// <summary>The token that completes every MFA challenge that expects input (also the answer to the security question).</summary>
    public const string MfaToken = "123456";

    /// <summary>
    /// What every challenge that expects input adds to Belvo's <c>token_generation_data.instructions</c>, so a prompt
    /// that shows the instructions also says which token the emulator accepts: <c>Emulator: enter 123456</c>.
    /// </summary>
    public const string MfaInstructionsHint = "Emulator: enter " + MfaToken;

    /// <summary>The question the <c>text</c> challenge asks.</summary>
    public const string SecurityQuestion = "What is the name of your first pet?";
}
