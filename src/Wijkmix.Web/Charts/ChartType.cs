using System.Globalization;

namespace Wijkmix.Web.Charts;

/// <summary>
/// One type scale for every chart: all text is <see cref="FontSize"/> px, and a chart is drawn at the width it is shown
/// (its <c>width</c> attribute equals its viewBox width; CSS only ever shrinks it, never enlarges it), so a label reads as
/// 14 px on screen instead of 5 px in a narrow column or 25 px across the page.
/// </summary>
internal static class ChartType
{
    /// <summary>The size of every chart label, in px at the chart's natural width.</summary>
    public const double FontSize = 14;

    /// <summary>
    /// A safe (wide) estimate of how wide a text is drawn: 0.62 em per character covers digits and most letters of the
    /// sans-serif faces in site.css; labels are spaced by this estimate, so real text never runs wider.
    /// </summary>
    public static double TextWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length * FontSize * 0.62;
    }

    /// <summary>
    /// The years that get a label on an axis of <paramref name="width"/> px: every k-th year counted back from the
    /// latest (which is always labelled), with k the smallest step at which neighbouring labels keep a gap of one em.
    /// </summary>
    public static IReadOnlyList<double> YearLabels(IReadOnlyList<double> years, double width)
    {
        ArgumentNullException.ThrowIfNull(years);
        var sorted = years.Distinct().Order().ToList();
        if (sorted.Count < 2)
        {
            return sorted;
        }

        var (first, last) = (sorted[0], sorted[^1]);
        var label = TextWidth(last.ToString("0", CultureInfo.InvariantCulture)) + FontSize;
        for (var step = 1; step <= sorted.Count; step++)
        {
            var shown = sorted.Where((_, i) => (sorted.Count - 1 - i) % step == 0).ToList();
            var closest = shown.Zip(shown.Skip(1), (a, b) => (b - a) / (last - first) * width).DefaultIfEmpty(width).Min();
            if (closest >= label)
            {
                return shown;
            }
        }

        return [last];
    }
}
