namespace Belvo.Sdk.Models;

// Shapes the generator gives request records (see tools/Belvo.Sdk.Generator/Emit/RequestShapes.cs), so that
// request checks and MFA resumes work on every request type without listing them.

/// <summary>A request about one link (<c>link</c>).</summary>
internal interface ILinkRequest
{
    Guid Link { get; }
}

/// <summary>A request for a period whose two ends are required (<c>date_from</c>, <c>date_to</c>).</summary>
internal interface IPeriodRequest
{
    DateOnly DateFrom { get; }

    DateOnly DateTo { get; }
}

/// <summary>A request for an optional period: both ends or neither (<c>date_from</c>, <c>date_to</c>).</summary>
internal interface IOptionalPeriodRequest
{
    DateOnly? DateFrom { get; }

    DateOnly? DateTo { get; }
}

/// <summary>A request that says whether Belvo stores what it retrieves (<c>save_data</c>).</summary>
internal interface ISaveDataRequest
{
    bool? SaveData { get; }
}
