using Belvo.Sdk.Errors;

namespace Belvo.Sdk.Http;

/// <summary>
/// Keeps every request on the address it was sent to, whatever the transport does with redirects. The SDK turns
/// automatic redirects off on every transport it can configure (<see cref="Secure"/>); this handler, next to the
/// transport, covers the ones it cannot: a request body is only ever written to the address the SDK chose (a
/// transport that re-sends it after a 307/308 to another host gets a <see cref="BelvoRedirectException"/> instead of
/// the body), and an answer that came from another address is refused. A 3xx answer itself passes through and
/// becomes a <see cref="BelvoRedirectException"/> through <see cref="BelvoFailureTable.Redirect"/>.
/// </summary>
internal sealed class BelvoRedirectGuard : DelegatingHandler
{
    /// <summary>
    /// Turns automatic redirects off on the transport and on every handler under it that the SDK knows how to configure
    /// (<see cref="SocketsHttpHandler"/>, <see cref="HttpClientHandler"/>), or refuses a transport that already sent
    /// requests and so can no longer be changed.
    /// </summary>
    /// <param name="transport">The transport, possibly a chain of delegating handlers.</param>
    /// <exception cref="InvalidOperationException">A handler follows redirects and can no longer be configured.</exception>
    public static void Secure(HttpMessageHandler transport)
    {
        for (HttpMessageHandler? handler = transport; handler is not null; handler = (handler as DelegatingHandler)?.InnerHandler)
        {
            try
            {
                switch (handler)
                {
                    case SocketsHttpHandler { AllowAutoRedirect: true } sockets:
                        sockets.AllowAutoRedirect = false;
                        break;
                    case HttpClientHandler { AllowAutoRedirect: true } client:
                        client.AllowAutoRedirect = false;
                        break;
                }
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException(
                    $"The transport's {handler.GetType().Name} follows redirects (AllowAutoRedirect = true) and has already sent requests, " +
                    "so the SDK cannot turn that off. A followed redirect could send the secret keys, a password or an MFA token to " +
                    "another address. Pass a new handler, or set AllowAutoRedirect = false on it before any request.",
                    ex);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentTo = request.RequestUri;
        if (sentTo is not { IsAbsoluteUri: true })
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.Content is { } content and not OriginBoundContent)
        {
            request.Content = new OriginBoundContent(content, request, sentTo);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (FindRefusal(ex) is { } refusal)
        {
            throw refusal;
        }

        var answeredFrom = response.RequestMessage?.RequestUri ?? request.RequestUri;
        if (answeredFrom is { IsAbsoluteUri: true } && !SameOrigin(answeredFrom, sentTo))
        {
            response.Dispose();
            throw new BelvoRedirectException(
                $"The transport followed a redirect of {request.Method.Method} {sentTo.AbsolutePath} to {answeredFrom.GetLeftPart(UriPartial.Path)}, " +
                "another address than Belvo's, so the SDK refused its answer (and never wrote the request body there). " +
                "Turn automatic redirects off on your transport, and check BelvoClientOptions.BaseAddress.",
                answeredFrom);
        }

        return response;
    }

    internal static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    private static BelvoRedirectException? FindRefusal(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is BelvoRedirectException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>A request body that writes itself only while its request still points at the address the SDK chose.</summary>
    private sealed class OriginBoundContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly HttpRequestMessage _request;
        private readonly Uri _origin;

        public OriginBoundContent(HttpContent inner, HttpRequestMessage request, Uri origin)
        {
            _inner = inner;
            _request = request;
            _origin = origin;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            Check();
            return _inner.CopyToAsync(stream, context, cancellationToken);
        }

        protected override void SerializeToStream(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            Check();
            _inner.CopyTo(stream, context, cancellationToken);
        }

        protected override bool TryComputeLength(out long length)
        {
            var known = _inner.Headers.ContentLength;
            length = known ?? 0;
            return known.HasValue;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Check()
        {
            if (_request.RequestUri is { IsAbsoluteUri: true } target && !SameOrigin(target, _origin))
            {
                throw new BelvoRedirectException(
                    $"The transport followed a redirect of {_request.Method.Method} {_origin.AbsolutePath} to {target.GetLeftPart(UriPartial.Path)} " +
                    "and tried to send the request body there; the SDK refused to write it. Turn automatic redirects off on your transport.",
                    target);
            }
        }
    }
}
