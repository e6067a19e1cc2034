namespace Belvo.Sdk;

/// <summary>Paging and field selection shared by every list call; each resource adds its documented filters.</summary>
public abstract record ListOptions
{
    /// <summary>The page size used when none is given: the API's maximum, for the fewest requests.</summary>
    public const int DefaultPageSize = 1000;

    /// <summary>Gets how many items each page holds (1 to 1000). Default <see cref="DefaultPageSize"/>.</summary>
    public int? PageSize { get; init; }

    /// <summary>Gets the 1-based page to start from. Default the first.</summary>
    public int? Page { get; init; }

    /// <summary>Gets the only fields Belvo should return (<c>fields</c>); others come back unset.</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Gets the fields Belvo should leave out (<c>omit</c>).</summary>
    public IReadOnlyList<string>? Omit { get; init; }

    /// <summary>
    /// Gets the most items an enumeration yields before it stops requesting pages. Default none: every item
    /// is returned. Not sent to Belvo.
    /// </summary>
    public int? MaxItems { get; init; }

    /// <summary>Writes the query parameters of these options.</summary>
    /// <returns>The query parameters, in a stable order.</returns>
    internal QueryParameters ToQuery()
    {
        if (PageSize is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "Belvo accepts a page_size from 1 to 1000.");
        }

        if (Page is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Page), Page, "Pages are numbered from 1.");
        }

        if (MaxItems is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxItems), MaxItems, "MaxItems cannot be negative; leave it unset to read every item.");
        }

        var query = new QueryParameters();
        query.Add("page", Page);
        query.Add("page_size", PageSize ?? DefaultPageSize);
        query.AddList("fields", Fields);
        query.AddList("omit", Omit);
        AddFilters(query);
        return query;
    }

    /// <summary>Adds the resource's filters.</summary>
    /// <param name="query">The query being built.</param>
    private protected abstract void AddFilters(QueryParameters query);
}
