namespace Belvo.Sdk;

/// <summary>
/// A Belvo list, returned by every <c>ListAsync</c>: enumerate it for the items (<c>await foreach</c>), or call
/// <see cref="AsPages"/> for the pages with their counts, links and response metadata. Nothing is sent until it is
/// enumerated; pages are requested one at a time, only when the previous one has been consumed, and only the current
/// page is held in memory. Every matching item is returned unless <see cref="ListOptions.MaxItems"/> is set.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class BelvoPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Initializes a new instance, for derived types (for example test doubles).</summary>
    protected BelvoPageable()
    {
    }

    /// <summary>
    /// Gets the pages, starting from the first, or from <paramref name="continuationUrl"/>: a <see cref="BelvoPage{T}.Next"/>
    /// link stored earlier. Links outside the configured base address are refused, so the secret keys never leave it.
    /// </summary>
    /// <param name="continuationUrl">A page link to resume from, or <see langword="null"/> to start at the first page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The pages, in order.</returns>
    public abstract IAsyncEnumerable<BelvoPage<T>> AsPages(string? continuationUrl = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page: the first, or the one at <paramref name="continuationUrl"/>.</summary>
    /// <param name="continuationUrl">A page link, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual async Task<BelvoPage<T>> GetPageAsync(string? continuationUrl = null, CancellationToken cancellationToken = default)
    {
        var pages = AsPages(continuationUrl, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (pages.ConfigureAwait(false))
        {
            return await pages.MoveNextAsync().ConfigureAwait(false)
                ? pages.Current
                : throw new InvalidOperationException("The list has no page.");
        }
    }

    /// <inheritdoc />
    public abstract IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default);
}

/// <summary>Creates <see cref="BelvoPageable{T}"/> lists that do not come from Belvo.</summary>
public static class BelvoPageable
{
    /// <summary>Creates a list over pages you already have, for example to stand in for Belvo in your own tests.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The list.</returns>
    public static BelvoPageable<T> FromPages<T>(IEnumerable<BelvoPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable<T>([.. pages]);
    }
}
