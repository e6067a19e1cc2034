using System.Buffers;
using System.Text;

namespace Belvo.Sdk.Errors;

/// <summary>Reads at most a given number of bytes of a body as UTF-8 text, so a huge error page cannot exhaust memory.</summary>
internal static class BoundedBody
{
    public static async Task<string> ReadAsync(HttpContent? content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return string.Empty;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes, 16 * 1024));
            try
            {
                var length = 0;
                while (length < maxBytes)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes, buffer.Length * 2));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, maxBytes) - length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }

                return Encoding.UTF8.GetString(buffer, 0, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
