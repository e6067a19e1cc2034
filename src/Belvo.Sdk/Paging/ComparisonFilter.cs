namespace Belvo.Sdk;

/// <summary>
/// A filter on an ordered field, written as Belvo's lookups: <c>field</c>, <c>field__gt</c>, <c>field__gte</c>,
/// <c>field__lt</c>, <c>field__lte</c> and <c>field__range</c>. Combine bounds freely, for example
/// <c>new() { GreaterThanOrEqual = from, LessThan = to }</c>, or use the <see cref="ComparisonFilter"/> shortcuts.
/// </summary>
/// <typeparam name="T">The field type: <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, <see cref="decimal"/> or <see cref="int"/>.</typeparam>
public sealed record ComparisonFilter<T>
    where T : struct
{
    /// <summary>Gets the exact value (<c>field=value</c>).</summary>
    public T? EqualTo { get; init; }

    /// <summary>Gets the exclusive lower bound (<c>field__gt</c>).</summary>
    public T? GreaterThan { get; init; }

    /// <summary>Gets the inclusive lower bound (<c>field__gte</c>).</summary>
    public T? GreaterThanOrEqual { get; init; }

    /// <summary>Gets the exclusive upper bound (<c>field__lt</c>).</summary>
    public T? LessThan { get; init; }

    /// <summary>Gets the inclusive upper bound (<c>field__lte</c>).</summary>
    public T? LessThanOrEqual { get; init; }

    /// <summary>Gets an inclusive range (<c>field__range=from,to</c>).</summary>
    public (T From, T To)? Range { get; init; }
}

/// <summary>Shortcuts for building a <see cref="ComparisonFilter{T}"/>.</summary>
public static class ComparisonFilter
{
    /// <summary>Matches values from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <typeparam name="T">The field type.</typeparam>
    /// <param name="from">The first value included.</param>
    /// <param name="to">The last value included.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter<T> Between<T>(T from, T to)
        where T : struct => new() { Range = (from, to) };

    /// <summary>Matches values equal to <paramref name="value"/> or later/greater.</summary>
    /// <typeparam name="T">The field type.</typeparam>
    /// <param name="value">The lower bound, included.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter<T> AtLeast<T>(T value)
        where T : struct => new() { GreaterThanOrEqual = value };

    /// <summary>Matches values equal to <paramref name="value"/> or earlier/smaller.</summary>
    /// <typeparam name="T">The field type.</typeparam>
    /// <param name="value">The upper bound, included.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter<T> AtMost<T>(T value)
        where T : struct => new() { LessThanOrEqual = value };

    /// <summary>Matches exactly <paramref name="value"/>.</summary>
    /// <typeparam name="T">The field type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter<T> Exactly<T>(T value)
        where T : struct => new() { EqualTo = value };
}
