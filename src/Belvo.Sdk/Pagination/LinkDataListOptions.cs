namespace Belvo.Sdk.Pagination;

/// <summary>
/// Filters shared by the lists of data that belongs to links (accounts, balances, owners, invoices, tax
/// documents…): which links, and which items.
/// </summary>
public abstract record LinkDataListOptions : ListOptions
{
    /// <summary>Gets the link whose items to list (<c>link</c>). Belvo answers faster when it is set.</summary>
    public Guid? Link { get; init; }

    /// <summary>Gets the links whose items to list (<c>link__in</c>).</summary>
    public IReadOnlyList<Guid>? LinkIn { get; init; }

    /// <summary>Gets the item to match (<c>id</c>).</summary>
    public Guid? Id { get; init; }

    /// <summary>Gets the items to match (<c>id__in</c>).</summary>
    public IReadOnlyList<Guid>? IdIn { get; init; }

    private protected sealed override void AddFilters(QueryParameters query)
    {
        query.Add("link", Link);
        query.AddList("link__in", LinkIn);
        query.Add("id", Id);
        query.AddList("id__in", IdIn);
        AddResourceFilters(query);
    }

    /// <summary>Adds the filters specific to the resource.</summary>
    /// <param name="query">The query being built.</param>
    private protected abstract void AddResourceFilters(QueryParameters query);
}
