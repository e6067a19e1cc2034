namespace Belvo.Sdk.Tests.Resources.Current;

/// <summary>
/// Marks a test as covering an operation new since Belvo's 2023 description (1.35.0): a spec operationId (such as
/// <c>ListConsents</c>) or an SDK-only extra named <c>IInterface.Method</c> (such as
/// <c>IEmploymentRecordsClient.RetrieveInBackgroundAsync</c>). <see cref="NewOperationCoverageTests"/> fails when a new
/// operation has no test marked with it, or when a mark names nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CoversAttribute(string operation) : Attribute
{
    /// <summary>Gets the operationId or <c>IInterface.Method</c> the test covers.</summary>
    public string Operation { get; } = operation;
}
