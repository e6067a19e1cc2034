using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Belvo.Sdk.Testing.Data;

/// <summary>Deterministic pseudo-random sources keyed by the seed and a list of parts (institution, user, date...).</summary>
internal static class SeededRandom
{
    /// <summary>A generator whose sequence depends only on <paramref name="seed"/> and <paramref name="parts"/>.</summary>
#pragma warning disable CA5394 // Test data, not security: determinism is the point.
    public static Random For(int seed, params string[] parts) => new(Hash(seed, parts));
#pragma warning restore CA5394

    public static int Hash(int seed, params string[] parts)
    {
        var text = string.Join('\u001f', parts);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + '\u001e' + text));
        return BinaryPrimitives.ReadInt32BigEndian(bytes) & int.MaxValue;
    }

    /// <summary>A decimal amount between <paramref name="min"/> and <paramref name="max"/>, rounded to cents.</summary>
    public static decimal Amount(this Random random, decimal min, decimal max) =>
        Math.Round(min + ((max - min) * (decimal)random.NextDouble()), 2, MidpointRounding.AwayFromZero);

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A string of random digits of the given length.</summary>
    public static string Digits(this Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    /// <summary>A string of random upper-case letters of the given length.</summary>
    public static string Letters(this Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('A' + random.Next(26));
        }

        return new string(chars);
    }
}
