using System.Runtime.CompilerServices;

namespace Belvo.Sdk;

/// <summary>A list over pages held in memory (<see cref="BelvoPageable.FromPages{T}"/>).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class StaticPageable<T>(IReadOnlyList<BelvoPage<T>> pages) : BelvoPageable<T>
{
    public override async IAsyncEnumerable<BelvoPage<T>> AsPages(string? continuationUrl = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = continuationUrl is null;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (started)
            {
                yield return page;
            }

            started |= page.Next == continuationUrl;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public override async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Results)
            {
                yield return item;
            }
        }
    }
}
