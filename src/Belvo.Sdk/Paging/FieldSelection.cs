namespace Belvo.Sdk;

/// <summary>Which fields Belvo returns for one item: only <see cref="Fields"/>, or all but <see cref="Omit"/>.</summary>
public sealed record FieldSelection
{
    private static readonly IDictionary<string, string> NoQuery = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Gets the only fields Belvo should return (<c>fields</c>).</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Gets the fields Belvo should leave out (<c>omit</c>).</summary>
    public IReadOnlyList<string>? Omit { get; init; }

    /// <summary>Writes the query parameters of a selection, or none.</summary>
    /// <param name="selection">The selection, possibly null.</param>
    /// <returns>The query parameters.</returns>
    internal static IDictionary<string, string> ToQuery(FieldSelection? selection)
    {
        if (selection is null || (selection.Fields is null && selection.Omit is null))
        {
            // The usual call selects nothing: no dictionary to build.
            return NoQuery;
        }

        var query = new QueryParameters();
        query.AddList("fields", selection.Fields);
        query.AddList("omit", selection.Omit);
        return query.Values;
    }
}
