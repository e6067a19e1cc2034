using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Http;

namespace Belvo.Sdk.Pagination;

/// <summary>
/// Follows Belvo's <c>next</c> links lazily, one page in memory at a time. A <c>next</c> URL is followed only
/// when its scheme, host and port are the configured base address's, so the secret keys are never sent to
/// another host. Every page goes through the same handlers (auth, timeouts, retries) as any other call.
/// </summary>
internal sealed class PageReader(HttpClient httpClient)
{
    public async IAsyncEnumerable<T> EnumerateAsync<T>(
        Func<CancellationToken, Task<BelvoPage<T>>> firstPage,
        JsonTypeInfo<BelvoPage<T>> pageType,
        int? maxItems,
        BelvoRequestOptions? requestOptions,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (maxItems == 0)
        {
            yield break;
        }

        var yielded = 0;
        var page = await firstPage(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            foreach (var item in page.Results)
            {
                yield return item;
                if (++yielded == maxItems)
                {
                    yield break;
                }
            }

            if (string.IsNullOrEmpty(page.Next) || page.Results.Count == 0)
            {
                yield break;
            }

            page = await GetPageAsync(page.Next, pageType, requestOptions, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<BelvoPage<T>> GetPageAsync<T>(
        string pageUrl,
        JsonTypeInfo<BelvoPage<T>> pageType,
        BelvoRequestOptions? requestOptions,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ResolveTrusted(pageUrl));
        request.SetBelvoRequestOptions(requestOptions);
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var mapped = TransportFailures.ToPublicException(request, ex, cancellationToken);
            if (ReferenceEquals(mapped, ex))
            {
                throw;
            }

            throw mapped;
        }

        using var disposeResponse = response;
        if (!response.IsSuccessStatusCode)
        {
            throw await BelvoErrorParser.CreateExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return await BelvoResponseReader.ReadAsync(response, pageType, cancellationToken).ConfigureAwait(false);
    }

    private Uri ResolveTrusted(string pageUrl)
    {
        var baseAddress = httpClient.BaseAddress
            ?? throw new InvalidOperationException("The Belvo HttpClient has no base address.");
        if (!Uri.TryCreate(baseAddress, pageUrl, out var target))
        {
            throw new BelvoException($"Belvo returned a page link that is not a URL: '{pageUrl}'.");
        }

        if (!string.Equals(target.Scheme, baseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(target.IdnHost, baseAddress.IdnHost, StringComparison.OrdinalIgnoreCase)
            || target.Port != baseAddress.Port)
        {
            throw new BelvoException(
                $"Refused to follow the page link '{target.GetLeftPart(UriPartial.Path)}': it points outside the configured base address " +
                $"{baseAddress.GetLeftPart(UriPartial.Authority)}, and following it would send the secret keys there. " +
                "If Belvo is reached through a proxy, set BelvoClientOptions.BaseAddress to the address Belvo's page links use.");
        }

        return target;
    }
}
