using System.Globalization;

namespace Belvo.Sdk.Testing.Data;

/// <summary>The fictional person behind a set of credentials: the same institution and username always give the same person.</summary>
internal sealed record Persona(
    string FirstName,
    string LastName,
    string SecondLastName,
    string Email,
    string Phone,
    string Street,
    string City,
    string PostalCode,
    string Rfc,
    string Curp,
    string DocumentType,
    string DocumentNumber)
{
    private static readonly string[] FirstNames = ["María", "José", "Juan", "Guadalupe", "Ana", "Luis", "Carmen", "Jorge", "Sofía", "Miguel", "Lucía", "Carlos"];
    private static readonly string[] LastNames = ["García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera"];
    private static readonly string[] Streets = ["Av. Insurgentes Sur", "Calle Reforma", "Av. Juárez", "Calle Madero", "Av. Revolución", "Calle Hidalgo"];
    private static readonly string[] Cities = ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Bogotá", "São Paulo"];

    public string DisplayName => $"{FirstName} {LastName} {SecondLastName}";

    public static Persona For(int seed, string institution, string username, string country)
    {
        var random = SeededRandom.For(seed, "persona", institution, username);
        var first = random.Pick(FirstNames);
        var last = random.Pick(LastNames);
        var second = random.Pick(LastNames);
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 40));
        var initials = Ascii(last)[..2] + Ascii(second)[..1] + Ascii(first)[..1];
        var rfc = initials + birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + random.Letters(2) + random.Digits(1);
        var curp = initials + birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "H" : "M") + "DF" + random.Letters(3) + random.Digits(2);
        var (documentType, documentNumber, phonePrefix) = country switch
        {
            "CO" => ("CC", random.Digits(10), "+57-3"),
            "BR" => ("CPF", $"{random.Digits(3)}.{random.Digits(3)}.{random.Digits(3)}-{random.Digits(2)}", "+55-11-9"),
            _ => ("CURP", curp, "+52-55-"),
        };
        return new Persona(
            first,
            last,
            second,
            $"{Ascii(first).ToLowerInvariant()}.{Ascii(last).ToLowerInvariant()}{random.Digits(2)}@example.com",
            phonePrefix + random.Digits(4) + "-" + random.Digits(4),
            $"{random.Pick(Streets)} {random.Next(1, 3000)}",
            random.Pick(Cities),
            random.Digits(5),
            rfc,
            curp,
            documentType,
            documentNumber);
    }

    /// <summary>Upper-case ASCII letters of a name (accents dropped), as RFC and CURP use them.</summary>
    private static string Ascii(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
}
