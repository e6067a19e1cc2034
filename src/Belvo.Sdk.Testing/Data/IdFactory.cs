using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Belvo.Sdk.Testing.Data;

/// <summary>
/// Hands out identifiers derived from the emulator's seed and a counter, so that a run with the same seed and
/// the same sequence of calls gives the same ids. Every call gives a new, unique value.
/// </summary>
internal sealed class IdFactory(int seed)
{
    private long counter;

    /// <summary>A lower-case UUID (version 4 layout).</summary>
    public string NewUuid()
    {
        var bytes = Next();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true).ToString("D", CultureInfo.InvariantCulture);
    }

    /// <summary>32 lower-case hex characters, the shape of Belvo's request ids, MFA sessions and webhook ids.</summary>
    public string NewHex32() => Convert.ToHexStringLower(Next().AsSpan(0, 16));

    private byte[] Next()
    {
        var value = Interlocked.Increment(ref counter);
        Span<byte> input = stackalloc byte[12];
        BinaryPrimitives.WriteInt32BigEndian(input, seed);
        BinaryPrimitives.WriteInt64BigEndian(input[4..], value);
        return SHA256.HashData(input);
    }

    /// <summary>A stable UUID for a text key (same key, same id), used for ids that must not depend on call order.</summary>
    public static string StableUuid(string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true).ToString("D", CultureInfo.InvariantCulture);
    }
}
