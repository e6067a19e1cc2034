namespace Belvo.Sdk.Models;

/// <summary>
/// A string-valued enumeration that keeps working when Belvo adds a value: unknown values are kept as they
/// were received instead of failing deserialization.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IExtensibleEnumeration<TSelf>
    where TSelf : struct, IExtensibleEnumeration<TSelf>
{
    /// <summary>Gets the value exactly as Belvo sends it on the wire.</summary>
    string Value { get; }

    /// <summary>Creates an instance for a wire value, known or not.</summary>
    /// <param name="value">The value as Belvo sends it.</param>
    /// <returns>The enumeration value.</returns>
    static abstract TSelf FromValue(string value);
}
