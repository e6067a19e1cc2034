using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Querying;
using Belvo.Sdk.Testing.Store;

namespace Belvo.Sdk.Testing.Resources;

/// <summary>
/// A retrieve call that passed validation and can run: given whether to persist, it returns the response body
/// (an array, or an object for tax status). Or, when validation failed, the error to answer.
/// </summary>
internal readonly record struct RetrievePlan(Func<bool, JsonNode>? Run, ApiResponse? Error)
{
    public static RetrievePlan Fail(ApiResponse error) => new(null, error);

    public static RetrievePlan Ready(Func<bool, JsonNode> run) => new(run, null);
}

/// <summary>How one data resource (<c>/api/accounts/</c>, <c>/api/invoices/</c>...) behaves: its filters and its retrieve call.</summary>
internal sealed class DataResource
{
    /// <summary>The path segment, such as <c>tax-returns</c>; also the scope of its MFA sessions.</summary>
    public required string Name { get; init; }

    /// <summary>The collection path; <c>/api/{Name}/</c> unless set.</summary>
    public string? Path { get; init; }

    public string Collection => Path ?? $"/api/{Name}/";

    public required EmulatorResource Kind { get; init; }

    /// <summary>The name in an institution's <c>resources</c> list, such as <c>TAX_RETURNS</c>; also the webhook type.</summary>
    public required string InstitutionResource { get; init; }

    public required FilterSet Filters { get; init; }

    /// <summary>Validates a retrieve body for a link and returns what to run.</summary>
    public required Func<LinkRecord, JsonObject, RetrievePlan> Parse { get; init; }

    /// <summary>Whether the resource has <c>PATCH</c> (MFA resume); only those answer 428 on retrieve.</summary>
    public bool Resumable { get; init; } = true;

    /// <summary>Whether <c>X-Belvo-Request-Mode: async</c> is honoured (transactions).</summary>
    public bool SupportsAsync { get; init; }

    /// <summary>Whether the list call requires the <c>link</c> filter (transactions).</summary>
    public bool LinkFilterRequired { get; init; }
}
