namespace Belvo.Sdk.Errors;

/// <summary>What the MFA helpers do when a resume fails this way.</summary>
internal enum MfaReaction
{
    /// <summary>Nothing special: the failure ends the flow.</summary>
    None,

    /// <summary>The institution asked for a token: show the new challenge.</summary>
    NewChallenge,

    /// <summary>The token was rejected: ask the end user for it again, same session.</summary>
    AskAgain,

    /// <summary>The session expired: start the call again from the beginning.</summary>
    Restart,
}
