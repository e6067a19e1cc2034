namespace Belvo.Sdk.Errors;

/// <summary>
/// One row of <see cref="BelvoFailureTable"/>: a kind of failure, the exception it becomes, whether Belvo documents
/// it as transient, and what the MFA helpers do about it.
/// </summary>
/// <param name="Name">A short name for logs and tests, for example <c>too_many_sessions</c>.</param>
/// <param name="IsRetryable">
/// Whether Belvo documents the failure as transient. The retry handler repeats every such answer, and repeats a
/// failed connection only for methods that are safe to repeat.
/// </param>
/// <param name="Mfa">What the MFA helpers do when a resume fails this way.</param>
/// <param name="Create">Builds the exception for an answer of this kind; <see langword="null"/> for failures without an answer.</param>
internal sealed record BelvoFailure(
    string Name,
    bool IsRetryable,
    MfaReaction Mfa,
    Func<string, BelvoErrorResponse, BelvoException>? Create)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
