using System.Buffers;
using System.Text;

namespace Belvo.Sdk.Http;

/// <summary>
/// A read-only view of a response body that reads its first chunk up front, so the reader can see whether the body
/// is empty, an object or an array before choosing how to read it, and so a body that cannot be read can be quoted
/// in the exception. The chunk lives in a pooled buffer: nothing of the body is copied or held beyond it.
/// </summary>
internal sealed class ResponseBodyStream : Stream
{
    private const int PrefixSize = 4096;

    private readonly Stream _inner;
    private byte[]? _prefix;
    private int _prefixLength;
    private int _prefixPosition;

    private ResponseBodyStream(Stream inner) => _inner = inner;

    /// <summary>Gets the first byte that is not JSON white space, or <c>0</c> when the body is empty or only white space.</summary>
    public byte FirstSignificantByte { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Opens a body and reads its first chunk.</summary>
    public static async Task<ResponseBodyStream> OpenAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var inner = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var stream = new ResponseBodyStream(inner);
        try
        {
            await stream.ReadPrefixAsync(cancellationToken).ConfigureAwait(false);
            return stream;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Gets the start of the body as text, at most <paramref name="maxCharacters"/> characters, for messages.</summary>
    public string Snippet(int maxCharacters)
    {
        if (_prefix is null || _prefixLength == 0)
        {
            return string.Empty;
        }

        var text = Encoding.UTF8.GetString(_prefix, 0, _prefixLength);
        return (text.Length > maxCharacters ? text[..maxCharacters] + "…" : text).ReplaceLineEndings(" ");
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefixPosition < _prefixLength)
        {
            var count = Math.Min(buffer.Length, _prefixLength - _prefixPosition);
            _prefix.AsSpan(_prefixPosition, count).CopyTo(buffer.Span);
            _prefixPosition += count;
            return count;
        }

        return await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < _prefixLength)
        {
            var count = Math.Min(buffer.Length, _prefixLength - _prefixPosition);
            _prefix.AsSpan(_prefixPosition, count).CopyTo(buffer);
            _prefixPosition += count;
            return count;
        }

        return _inner.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        ReturnPrefix();
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReturnPrefix();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task ReadPrefixAsync(CancellationToken cancellationToken)
    {
        _prefix = ArrayPool<byte>.Shared.Rent(PrefixSize);
        while (_prefixLength < _prefix.Length)
        {
            var read = await _inner.ReadAsync(_prefix.AsMemory(_prefixLength), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            var start = _prefixLength;
            _prefixLength += read;
            foreach (var value in _prefix.AsSpan(start, read))
            {
                if (value is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    FirstSignificantByte = value;
                    return;
                }
            }
        }
    }

    private void ReturnPrefix()
    {
        if (_prefix is not null)
        {
            ArrayPool<byte>.Shared.Return(_prefix);
            _prefix = null;
            _prefixLength = 0;
            _prefixPosition = 0;
        }
    }
}
