using System.Globalization;
using Belvo.Sdk.Models;

namespace Belvo.Sdk;

/// <summary>
/// Builds a Belvo query string: invariant culture, dates as <c>YYYY-MM-DD</c>, timestamps as UTC ISO-8601,
/// lists comma-separated, unset values left out. Insertion order is kept so requests are predictable.
/// </summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Gets the parameters as Refit sends them with <c>[Query]</c>.</summary>
    public IDictionary<string, string> Values => _values;

    public void Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _values[name] = value;
        }
    }

    public void Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, Guid? value) => Add(name, NotEmpty(name, value)?.ToString());

    public void Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public void AddList(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            Add(name, string.Join(',', values.Where(v => !string.IsNullOrEmpty(v))));
        }
    }

    public void AddList(string name, IEnumerable<Guid>? values) => AddList(name, values?.Select(v => NotEmpty(name, v)!.Value.ToString()));

    public void AddFormatted<T>(string name, T? value)
        where T : struct => Add(name, Format(value));

    public void AddFormattedList<T>(string name, IEnumerable<T>? values)
        where T : struct => AddList(name, values?.Select(value => Format<T>(value)!));

    public void AddValue<T>(string name, T? value)
        where T : struct, IExtensibleEnumeration<T> => Add(name, value?.Value);

    public void AddValues<T>(string name, IEnumerable<T>? values)
        where T : struct, IExtensibleEnumeration<T> => AddList(name, values?.Select(v => v.Value));

    public void Add<T>(string name, ComparisonFilter<T>? filter)
        where T : struct
    {
        if (filter is null)
        {
            return;
        }

        Add(name, Format(filter.EqualTo));
        Add(name + "__gt", Format(filter.GreaterThan));
        Add(name + "__gte", Format(filter.GreaterThanOrEqual));
        Add(name + "__lt", Format(filter.LessThan));
        Add(name + "__lte", Format(filter.LessThanOrEqual));
        if (filter.Range is { } range)
        {
            Add(name + "__range", $"{Format<T>(range.From)},{Format<T>(range.To)}");
        }
    }

    internal static string? Format<T>(T? value)
        where T : struct => value switch
        {
            null => null,
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset timestamp => timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

    private static Guid? NotEmpty(string name, Guid? value) =>
        value == Guid.Empty
            ? throw new ArgumentException(
                $"The {name} filter is Guid.Empty, which matches nothing. Pass the id Belvo returned (for example Link.Id), or leave the filter unset.")
            : value;
}
