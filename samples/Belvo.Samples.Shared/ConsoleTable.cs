using System.Globalization;

namespace Belvo.Samples;

/// <summary>Prints rows as a plain text table with aligned columns; numbers are right-aligned.</summary>
public sealed class ConsoleTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = [];

    public ConsoleTable(params string[] headers)
    {
        this.headers = headers;
    }

    public int Count => rows.Count;

    public ConsoleTable Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add([.. cells.Select(Format)]);
        return this;
    }

    public void Print(TextWriter? output = null)
    {
        output ??= Console.Out;
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var numeric = headers.Select((header, i) => rows.Count > 0 && rows.All(r => r[i].Length == 0 || decimal.TryParse(r[i], NumberStyles.Number, CultureInfo.InvariantCulture, out _))).ToArray();
        string Line(string[] cells) => "  " + string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(headers));
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }

    private static string Format(object? cell) => cell switch
    {
        null => string.Empty,
        decimal amount => amount.ToString("#,0.00", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
