using System.Text.Json.Serialization;

namespace Belvo.Sdk;

/// <summary>One page of a Belvo list: the total count, this page's items, the links to its neighbours, and what Belvo answered besides.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record BelvoPage<T>
{
    /// <summary>Initializes an empty page (used when reading Belvo's JSON).</summary>
    [JsonConstructor]
    public BelvoPage()
    {
    }

    /// <summary>Initializes a page, for example to stand in for Belvo in your own tests.</summary>
    /// <param name="results">The page's items.</param>
    /// <param name="count">The total number of items across all pages; the number of <paramref name="results"/> when <see langword="null"/>.</param>
    /// <param name="next">The next page's absolute URL, or <see langword="null"/> on the last page.</param>
    /// <param name="previous">The previous page's absolute URL, or <see langword="null"/> on the first page.</param>
    /// <param name="response">What Belvo answered besides the page.</param>
    public BelvoPage(IReadOnlyList<T> results, int? count = null, string? next = null, string? previous = null, BelvoResponse? response = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        Results = results;
        Count = count ?? results.Count;
        Next = next;
        Previous = previous;
        Response = response;
    }

    /// <summary>Gets the total number of items across all pages.</summary>
    [JsonInclude]
    public int Count { get; internal set; }

    /// <summary>
    /// Gets the absolute URL of the next page, or <see langword="null"/> on the last page. Store it to resume later
    /// with <see cref="BelvoPageable{T}.AsPages(string?, CancellationToken)"/>.
    /// </summary>
    [JsonInclude]
    public string? Next { get; internal set; }

    /// <summary>Gets the absolute URL of the previous page, or <see langword="null"/> on the first page.</summary>
    [JsonInclude]
    public string? Previous { get; internal set; }

    /// <summary>Gets the items of this page.</summary>
    [JsonInclude]
    public IReadOnlyList<T> Results { get; internal set; } = [];

    /// <summary>Gets what Belvo answered besides the page: status, headers, request id, and the raw body when asked for.</summary>
    [JsonIgnore]
    public BelvoResponse? Response { get; internal set; }
}
