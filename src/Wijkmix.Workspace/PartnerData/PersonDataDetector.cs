using System.Text.RegularExpressions;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Recognises column names and cell values that look like person-level data (names, addresses,
/// dates of birth, BSN, e-mail, phone). Errs on the side of refusing: partners can rename a column.
/// </summary>
internal static partial class PersonDataDetector
{
    // Matched anywhere in the normalised header (upper case, no spaces, '-', '_' or '.').
    private static readonly string[] ContainedWords =
    [
        "VOORNAAM", "ACHTERNAAM", "TUSSENVOEGSEL", "VOORLETTER", "INITIALEN", "ROEPNAAM", "GESLACHTSNAAM",
        "ADRES", "ADDRESS", "STRAAT", "STREET", "HUISNUMMER", "HUISNR", "POSTCODE", "ZIPCODE", "POSTALCODE",
        "WOONPLAATS", "GEBOORTE", "GEBDATUM", "GEBJAAR", "BIRTH", "BSN", "BURGERSERVICENUMMER", "SOFINUMMER",
        "SOFINR", "EMAIL", "TELEFOON", "TELNR", "MOBIEL", "PHONE", "FIRSTNAME", "LASTNAME", "SURNAME", "FULLNAME",
    ];

    // Matched only as the whole normalised header: too short or too common inside harmless words.
    private static readonly string[] WholeWords = ["DOB", "TEL", "GSM", "MAIL", "SSN", "NR"];

    // A header containing NAAM or NAME is a person's name unless it names an area or organisation.
    private static readonly string[] AreaPrefixes = ["BUURT", "WIJK", "COMPLEX", "GEMEENTE", "REGIO", "GEBIED", "PROJECT", "ORGANISATIE", "MAAT"];

    /// <summary>Upper case without spaces, '-', '_' and '.', for comparing column names.</summary>
    public static string Normalise(string header) =>
        new([.. header.Trim().ToUpperInvariant().Where(c => c is not (' ' or '-' or '_' or '.' or '\t'))]);

    /// <summary>True when the column name looks like it holds person-level data.</summary>
    public static bool IsPersonColumn(string header)
    {
        var name = Normalise(header);
        if (WholeWords.Contains(name, StringComparer.Ordinal)
            || ContainedWords.Any(w => name.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        return (name.Contains("NAAM", StringComparison.Ordinal) || name.Contains("NAME", StringComparison.Ordinal))
            && !AreaPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>The resource key of the kind of person data <paramref name="value"/> looks like, or null.</summary>
    public static string? PersonValueKind(string value)
    {
        var text = value.Trim();
        if (text.Length == 9 && text.All(char.IsAsciiDigit) && PassesElevenTest(text))
        {
            return "PersonValueBsn";
        }

        if (DatePattern().IsMatch(text))
        {
            return "PersonValueDate";
        }

        if (EmailPattern().IsMatch(text))
        {
            return "PersonValueEmail";
        }

        return AddressPattern().IsMatch(text) ? "PersonValueAddress" : null;
    }

    /// <summary>The BSN "11-proef": 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool PassesElevenTest(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        sum -= nineDigits[8] - '0';
        return sum % 11 == 0 && nineDigits.Any(c => c != '0');
    }

    [GeneratedRegex(@"^(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{4}\s?[A-Za-z]{2}[\s,]+\d+", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
