namespace Belvo.Sdk.Errors;

/// <summary>One entry of the error array Belvo returns with a failed request.</summary>
/// <param name="Code">The error code, for example <c>too_many_sessions</c> or <c>required</c>.</param>
/// <param name="Message">The human-readable message Belvo gave.</param>
/// <param name="RequestId">Belvo's identifier of the failed request; quote it to Belvo support.</param>
/// <param name="Field">For validation errors, the request field the error is about.</param>
public sealed record BelvoError(string? Code, string? Message, string? RequestId, string? Field = null);
