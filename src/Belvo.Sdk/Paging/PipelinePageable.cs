using System.Text.Json.Serialization.Metadata;
using Belvo.Sdk.Http;

namespace Belvo.Sdk;

/// <summary>
/// A list read through the request path: the first page by its generated Refit method, every later page by its
/// <c>next</c> link, which is followed only within the configured base address. The enumerators are written by hand
/// so that a page is released before the next one is requested: "one page in memory" means one.
/// </summary>
/// <typeparam name="TState">What the first page's request needs.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class PipelinePageable<TState, T> : BelvoPageable<T>
{
    private readonly BelvoPipeline _pipeline;
    private readonly BelvoOperation _operation;
    private readonly TState _state;
    private readonly Func<TState, BelvoCall, CancellationToken, Task<HttpResponseMessage>> _sendFirst;
    private readonly JsonTypeInfo<BelvoPage<T>> _pageType;
    private readonly int? _maxItems;
    private readonly BelvoRequestOptions? _requestOptions;
    private readonly CancellationToken _listToken;

    public PipelinePageable(
        BelvoPipeline pipeline,
        BelvoOperation operation,
        TState state,
        Func<TState, BelvoCall, CancellationToken, Task<HttpResponseMessage>> sendFirst,
        JsonTypeInfo<BelvoPage<T>> pageType,
        int? maxItems,
        BelvoRequestOptions? requestOptions,
        CancellationToken listToken)
    {
        _pipeline = pipeline;
        _operation = operation;
        _state = state;
        _sendFirst = sendFirst;
        _pageType = pageType;
        _maxItems = maxItems;
        _requestOptions = requestOptions;
        _listToken = listToken;
    }

    public override IAsyncEnumerable<BelvoPage<T>> AsPages(string? continuationUrl = null, CancellationToken cancellationToken = default)
    {
        // Checked now, so a link to another host fails where it is passed rather than at the first MoveNextAsync.
        var start = continuationUrl is null ? null : _pipeline.ResolveTrusted(continuationUrl, "page link");
        return new PageSequence(this, start, cancellationToken);
    }

    public override IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new ItemEnumerator(new PageEnumerator(this, start: null, cancellationToken), _maxItems);

    private async Task<BelvoPage<T>> FetchWithMetadataAsync(Uri? pageUrl, CancellationToken cancellationToken)
    {
        var call = new BelvoCall(_operation, _requestOptions, captureResponse: true);
        var reader = new PageBody<T>(_pageType);
        var page = pageUrl is null
            ? await _pipeline.SendAsync(call, _state, _sendFirst, reader, cancellationToken).ConfigureAwait(false)
            : await _pipeline.SendAsync(
                call,
                (Pipeline: _pipeline, Url: pageUrl),
                static (state, sending, ct) => state.Pipeline.SendRequestAsync(HttpMethod.Get, state.Url, null, sending, ct),
                reader,
                cancellationToken).ConfigureAwait(false);
        page.Response = call.Response;
        return page;
    }

    private sealed class PageSequence(PipelinePageable<TState, T> owner, Uri? start, CancellationToken cancellationToken) : IAsyncEnumerable<BelvoPage<T>>
    {
        public IAsyncEnumerator<BelvoPage<T>> GetAsyncEnumerator(CancellationToken enumeratorToken = default) =>
            new PageEnumerator(owner, start, cancellationToken, enumeratorToken);
    }

    /// <summary>Walks the pages; drops the current page before asking for the next.</summary>
    private sealed class PageEnumerator : IAsyncEnumerator<BelvoPage<T>>
    {
        private readonly PipelinePageable<TState, T> _owner;
        private readonly CancellationTokenSource? _linked;
        private readonly CancellationToken _token;
        private Uri? _nextUrl;
        private bool _started;
        private bool _finished;

        public PageEnumerator(PipelinePageable<TState, T> owner, Uri? start, params ReadOnlySpan<CancellationToken> tokens)
        {
            _owner = owner;
            _nextUrl = start;
            (_token, _linked) = Combine(tokens, owner._listToken);
        }

        public BelvoPage<T> Current { get; private set; } = null!;

        public async ValueTask<bool> MoveNextAsync()
        {
            var previous = Current;
            Current = null!;
            if (_finished)
            {
                return false;
            }

            if (_started)
            {
                // The last page, or an empty one (which must not loop forever on a misbehaving next link).
                if (string.IsNullOrEmpty(previous?.Next) || previous.Results.Count == 0)
                {
                    _finished = true;
                    return false;
                }

                _nextUrl = _owner._pipeline.ResolveTrusted(previous.Next, "page link");
            }

            previous = null;
            _started = true;
            _token.ThrowIfCancellationRequested();
            Current = await _owner.FetchWithMetadataAsync(_nextUrl, _token).ConfigureAwait(false);
            return true;
        }

        public ValueTask DisposeAsync()
        {
            Current = null!;
            _linked?.Dispose();
            return ValueTask.CompletedTask;
        }

        private static (CancellationToken Token, CancellationTokenSource? Linked) Combine(ReadOnlySpan<CancellationToken> others, CancellationToken first)
        {
            var token = first;
            CancellationTokenSource? linked = null;
            foreach (var other in others)
            {
                if (!other.CanBeCanceled || other == token)
                {
                    continue;
                }

                if (!token.CanBeCanceled)
                {
                    token = other;
                    continue;
                }

                var previous = linked;
                linked = CancellationTokenSource.CreateLinkedTokenSource(token, other);
                previous?.Dispose();
                token = linked.Token;
            }

            return (token, linked);
        }
    }

    /// <summary>Walks the items of the pages, up to <c>maxItems</c>; holds only the current page's items.</summary>
    private sealed class ItemEnumerator(PageEnumerator pages, int? maxItems) : IAsyncEnumerator<T>
    {
        private IReadOnlyList<T>? _items;
        private int _index;
        private int _yielded;

        public T Current { get; private set; } = default!;

        public async ValueTask<bool> MoveNextAsync()
        {
            while (true)
            {
                if (_yielded == maxItems)
                {
                    Current = default!;
                    return false;
                }

                if (_items is not null && _index < _items.Count)
                {
                    Current = _items[_index++];
                    _yielded++;
                    return true;
                }

                _items = null;
                Current = default!;
                if (!await pages.MoveNextAsync().ConfigureAwait(false))
                {
                    return false;
                }

                _items = pages.Current.Results;
                _index = 0;
            }
        }

        public ValueTask DisposeAsync()
        {
            _items = null;
            return pages.DisposeAsync();
        }
    }
}
