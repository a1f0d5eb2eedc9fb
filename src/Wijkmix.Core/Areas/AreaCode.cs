using System.Diagnostics.CodeAnalysis;

namespace Wijkmix.Core.Areas;

/// <summary>
/// A CBS region code (NL00, GM0363, WK036300, BU03630000, or Amsterdam's alphanumeric WK0363AA and
/// BU0363AA01), or a user-defined unit below a buurt written as <c>BU03630000:complex-12</c>.
/// The parent of every code can be read off the code itself.
/// </summary>
public readonly record struct AreaCode
{
    public const string CountryCode = "NL00";

    private AreaCode(string value, AreaLevel level)
    {
        Value = value;
        Level = level;
    }

    public string Value { get; }

    public AreaLevel Level { get; }

    public static AreaCode Country { get; } = new(CountryCode, AreaLevel.Country);

    /// <summary>The enclosing area: buurt → wijk → gemeente → Nederland; null for Nederland.</summary>
    public AreaCode? Parent => Level switch
    {
        AreaLevel.Unit => new AreaCode(Value[..Value.IndexOf(':', StringComparison.Ordinal)], AreaLevel.Neighbourhood),
        AreaLevel.Neighbourhood => new AreaCode("WK" + Value[2..8], AreaLevel.District),
        AreaLevel.District => new AreaCode("GM" + Value[2..6], AreaLevel.Municipality),
        AreaLevel.Municipality => Country,
        _ => null,
    };

    /// <summary>The gemeente this area lies in (itself for a gemeente); null for Nederland.</summary>
    public AreaCode? Municipality => Level == AreaLevel.Country ? null : new AreaCode("GM" + Value[2..6], AreaLevel.Municipality);

    public static AreaCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a CBS area code.");

    /// <summary>Parses a code, ignoring the padding and case CBS files carry ("GM0363    ").</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AreaCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var colon = span.IndexOf(':');
        if (colon > 0)
        {
            var local = span[(colon + 1)..].Trim();
            if (local.IsEmpty || local.Length > 64 || !TryParse(span[..colon].ToString(), out var buurt)
                || buurt.Level != AreaLevel.Neighbourhood)
            {
                return false;
            }

            code = new AreaCode(buurt.Value + ":" + local.ToString(), AreaLevel.Unit);
            return true;
        }

        if (span.Length < 4)
        {
            return false;
        }

        var upper = span.ToString().ToUpperInvariant();
        if (upper == CountryCode)
        {
            code = Country;
            return true;
        }

        var (level, length) = upper[..2] switch
        {
            "GM" => (AreaLevel.Municipality, 6),
            "WK" => (AreaLevel.District, 8),
            "BU" => (AreaLevel.Neighbourhood, 10),
            _ => (AreaLevel.Country, 0),
        };
        if (length == 0 || upper.Length != length || !IsDigits(upper.AsSpan(2, 4)) || !IsAlphanumeric(upper.AsSpan(6)))
        {
            return false;
        }

        code = new AreaCode(upper, level);
        return true;
    }

    /// <summary>True when <paramref name="other"/> lies inside this area (or is this area).</summary>
    public bool Contains(AreaCode other)
    {
        for (AreaCode? current = other; current is { } c; current = c.Parent)
        {
            if (c == this)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Value ?? string.Empty;

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }
}
