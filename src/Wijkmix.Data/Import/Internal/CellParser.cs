using System.Globalization;

namespace Wijkmix.Data.Import.Internal;

internal enum CellKind
{
    Empty,
    Suppressed,
    Number,
    Invalid,
}

/// <summary>
/// Parses a CBS cell: padded numbers with '.' (or a lone ',') as decimal separator; '.' and 'x' are
/// suppressed ("onbekend, onvoldoende betrouwbaar of geheim"); '-' is CBS's "nihil" (zero).
/// </summary>
internal static class CellParser
{
    public static CellKind Parse(string text, out double value)
    {
        value = 0;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return CellKind.Empty;
        }

        if (span is "." or "x" or "X")
        {
            return CellKind.Suppressed;
        }

        if (span is "-")
        {
            return CellKind.Number;
        }

        if (double.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return CellKind.Number;
        }

        // A decimal comma (Dutch spreadsheets), but never a thousands separator: exactly one comma, no dot.
        if (span.Length <= 64 && span.Count(',') == 1 && !span.Contains('.'))
        {
            Span<char> copy = stackalloc char[span.Length];
            span.CopyTo(copy);
            copy[copy.IndexOf(',')] = '.';
            if (double.TryParse(copy, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                return CellKind.Number;
            }
        }

        return CellKind.Invalid;
    }
}
