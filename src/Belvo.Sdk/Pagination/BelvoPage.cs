namespace Belvo.Sdk.Pagination;

/// <summary>One page of a Belvo list, as the API returns it.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record BelvoPage<T>
{
    /// <summary>Gets the total number of items across all pages.</summary>
    public int Count { get; init; }

    /// <summary>Gets the absolute URL of the next page, or <see langword="null"/> on the last page.</summary>
    public string? Next { get; init; }

    /// <summary>Gets the absolute URL of the previous page, or <see langword="null"/> on the first page.</summary>
    public string? Previous { get; init; }

    /// <summary>Gets the items of this page.</summary>
    public IReadOnlyList<T> Results { get; init; } = [];
}
