using System.Globalization;
using System.Text;

namespace Belvo.Sdk.Generator.Naming;

/// <summary>
/// Turns wire names and enum values into readable C# identifiers: <c>value_date</c> → <c>ValueDate</c>,
/// <c>Food &amp; Groceries</c> → <c>FoodAndGroceries</c>, <c>Nómina</c> → <c>Nomina</c>,
/// <c>CHECKING_ACCOUNT</c> → <c>CheckingAccount</c>, <c>6h</c> → <c>SixHours</c>.
/// </summary>
internal static class Identifiers
{
    private static readonly string[] Ones =
    [
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    ];

    private static readonly string[] Tens =
        ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"];

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["h"] = "Hours",
        ["d"] = "Days",
        ["w"] = "Weeks",
        ["m"] = "Months",
        ["y"] = "Years",
    };

    /// <summary>
    /// The name of one item of a list named <paramref name="plural"/>: <c>CreditLines</c> → <c>CreditLine</c>,
    /// <c>RetainedTaxes</c> → <c>RetainedTax</c>; a name that does not read as a plural gets <c>Item</c>.
    /// </summary>
    public static string Singular(string plural) => plural switch
    {
        _ when plural.EndsWith("xes", StringComparison.Ordinal) || plural.EndsWith("ches", StringComparison.Ordinal)
            || plural.EndsWith("shes", StringComparison.Ordinal) || plural.EndsWith("sses", StringComparison.Ordinal) => plural[..^2],
        _ when plural.EndsWith("ies", StringComparison.Ordinal) => plural[..^3] + "y",
        _ when plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) => plural[..^1],
        _ => plural + "Item",
    };

    /// <summary>PascalCase for a property or type built from a wire name or an enum value.</summary>
    public static string Pascal(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            throw new ArgumentException($"'{text}' has no letters or digits to name a C# member after.", nameof(text));
        }

        if (char.IsAsciiDigit(words[0][0]))
        {
            words = [.. SpellLeadingNumber(words[0]), .. words.Skip(1)];
        }

        var builder = new StringBuilder();
        foreach (var word in words)
        {
            // "below_0_1w" must not read as "Below01W": keep adjacent numbers apart.
            if (builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && char.IsAsciiDigit(word[0]))
            {
                builder.Append('_');
            }

            builder.Append(Capitalize(word));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits on anything that is not a letter or digit, after removing accents (which needs ICU: the generator
    /// must not run with invariant globalization) and spelling out <c>&amp;</c>.
    /// </summary>
    private static List<string> Words(string text)
    {
        var plain = RemoveDiacritics(text).Replace("&", " and ", StringComparison.Ordinal)
            .Replace("+", " plus ", StringComparison.Ordinal)
            .Replace("%", " percent ", StringComparison.Ordinal);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var character in plain)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                current.Append(character);
            }
            else if (char.IsLetterOrDigit(character))
            {
                // Accents are already gone; a letter still outside ASCII (ß, ø, …) needs a deliberate name.
                throw new ArgumentException($"'{text}' contains '{character}', which has no ASCII spelling.", nameof(text));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>A word in capitals (<c>ACCOUNT</c>) becomes <c>Account</c>; mixed case keeps its inner capitals.</summary>
    private static string Capitalize(string word)
    {
        var hasLower = word.Any(char.IsAsciiLetterLower);
        var rest = hasLower ? word[1..] : word[1..].ToLowerInvariant();
        var result = char.ToUpperInvariant(word[0]) + rest;

        // "1w" → "1W": a unit letter after digits is easier to read in capitals.
        var firstLetter = result.AsSpan().IndexOfAnyExceptInRange('0', '9');
        return firstLetter > 0
            ? string.Concat(result.AsSpan(0, firstLetter), char.ToUpperInvariant(result[firstLetter]).ToString(), result.AsSpan(firstLetter + 1))
            : result;
    }

    /// <summary><c>6h</c> → Six Hours; <c>30d</c> → Thirty Days; <c>2020abc</c> → Two Thousand Twenty Abc.</summary>
    private static IEnumerable<string> SpellLeadingNumber(string word)
    {
        var digits = word.TakeWhile(char.IsAsciiDigit).Count();
        var number = int.Parse(word.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        yield return NumberWords(number);
        var rest = word[digits..];
        if (rest.Length > 0)
        {
            yield return Units.TryGetValue(rest.ToLowerInvariant(), out var unit) ? unit : rest;
        }
    }

    private static string NumberWords(int number) => number switch
    {
        < 20 => Ones[number],
        < 100 => Tens[number / 10] + (number % 10 == 0 ? string.Empty : Ones[number % 10]),
        < 1000 => Ones[number / 100] + "Hundred" + (number % 100 == 0 ? string.Empty : NumberWords(number % 100)),
        < 1_000_000 => NumberWords(number / 1000) + "Thousand" + (number % 1000 == 0 ? string.Empty : NumberWords(number % 1000)),
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "Numbers this large are not spelled out."),
    };

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
