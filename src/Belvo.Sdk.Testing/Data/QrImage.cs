using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Belvo.Sdk.Testing.Data;

/// <summary>
/// Draws a QR-looking PNG (finder squares, timing lines and pseudo-random modules derived from a text) for the
/// <c>qr</c> MFA challenge. It is a valid PNG any viewer opens; it does not encode data a QR reader can decode.
/// </summary>
internal static class QrImage
{
    private const int Modules = 25;
    private const int Quiet = 4;
    private const int Scale = 4;

    public static string Base64Png(string content) => Convert.ToBase64String(Png(Grid(content)));

    private static bool[,] Grid(string content)
    {
        var random = SeededRandom.For(0, "qr", content);
        var grid = new bool[Modules, Modules];
        for (var y = 0; y < Modules; y++)
        {
            for (var x = 0; x < Modules; x++)
            {
                grid[y, x] = random.Next(2) == 1;
            }
        }

        for (var i = 8; i < Modules - 8; i++)
        {
            grid[6, i] = grid[i, 6] = i % 2 == 0;
        }

        foreach (var (top, left) in new[] { (0, 0), (0, Modules - 7), (Modules - 7, 0) })
        {
            for (var y = -1; y <= 7; y++)
            {
                for (var x = -1; x <= 7; x++)
                {
                    var (gy, gx) = (top + y, left + x);
                    if (gy is < 0 or >= Modules || gx is < 0 or >= Modules)
                    {
                        continue;
                    }

                    var ring = Math.Max(Math.Abs(y - 3), Math.Abs(x - 3));
                    grid[gy, gx] = ring is 3 or <= 1;
                }
            }
        }

        return grid;
    }

    private static byte[] Png(bool[,] grid)
    {
        const int size = (Modules + (2 * Quiet)) * Scale;
        var raw = new byte[size * (size + 1)];
        for (var y = 0; y < size; y++)
        {
            var row = y * (size + 1);
            raw[row] = 0;
            for (var x = 0; x < size; x++)
            {
                var (my, mx) = ((y / Scale) - Quiet, (x / Scale) - Quiet);
                var dark = my is >= 0 and < Modules && mx is >= 0 and < Modules && grid[my, mx];
                raw[row + 1 + x] = dark ? (byte)0 : (byte)255;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8;
        WriteChunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            WriteChunk(png, "IDAT", compressed.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        stream.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
