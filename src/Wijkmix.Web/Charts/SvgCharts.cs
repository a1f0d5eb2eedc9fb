using System.Globalization;
using System.Xml.Linq;

namespace Wijkmix.Web.Charts;

/// <summary>
/// A line of a chart: its name (in the legend) and a CSS class that gives its colour and dash;
/// optionally a band (e.g. the 5th to 95th percentile) drawn as a shaded area behind the line.
/// </summary>
public sealed record Series(string Name, string CssClass, IReadOnlyList<(double X, double? Y)> Points, IReadOnlyList<(double X, double Low, double High)>? Band = null);

/// <summary>A bar of a bar chart.</summary>
public sealed record Bar(string Label, double Value, string ValueText, string CssClass = "bar");

/// <summary>
/// Charts drawn on the server as SVG: no script, no inline styles (the content security policy forbids
/// both), colours from classes in site.css, a title for screen readers; every chart on a page has a
/// table with the same numbers next to it.
/// </summary>
public static class SvgCharts
{
    private const double Width = 360, Height = 200, Left = 56, Right = 12, Top = 12, Bottom = 28;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>A line chart over years; the y axis starts at zero unless the values are negative.</summary>
    public static string Lines(string id, string title, IReadOnlyList<Series> series, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(format);
        var points = series.SelectMany(s => s.Points.Concat(BandEdges(s))).Where(p => p.Y is not null).ToList();
        var root = Root(id, title, Width, Height);
        if (points.Count == 0)
        {
            return root.ToString(SaveOptions.DisableFormatting);
        }

        var (x0, x1) = (points.Min(p => p.X), points.Max(p => p.X));
        var (y0, y1) = (Math.Min(0, points.Min(p => p.Y!.Value)), points.Max(p => p.Y!.Value));
        if (x1 <= x0)
        {
            (x0, x1) = (x0 - 1, x1 + 1);
        }

        if (y1 <= y0)
        {
            y1 = y0 + 1;
        }

        double Px(double x) => Left + ((x - x0) / (x1 - x0) * (Width - Left - Right));
        double Py(double y) => Height - Bottom - ((y - y0) / (y1 - y0) * (Height - Top - Bottom));

        var axes = new XElement(Svg + "g", new XAttribute("class", "axis"));
        foreach (var tick in new[] { y0, (y0 + y1) / 2, y1 })
        {
            axes.Add(new XElement(Svg + "line", Attr("x1", Left), Attr("x2", Width - Right), Attr("y1", Py(tick)), Attr("y2", Py(tick)), new XAttribute("class", "grid")),
                new XElement(Svg + "text", Attr("x", Left - 4), Attr("y", Py(tick) + 4), new XAttribute("text-anchor", "end"), format(tick)));
        }

        foreach (var x in points.Select(p => p.X).Distinct().Order())
        {
            axes.Add(new XElement(Svg + "text", Attr("x", Px(x)), Attr("y", Height - 8), new XAttribute("text-anchor", "middle"),
                x.ToString("0", CultureInfo.InvariantCulture)));
        }

        root.Add(axes);
        foreach (var s in series)
        {
            var drawn = s.Points.Where(p => p.Y is not null).OrderBy(p => p.X).ToList();
            var group = new XElement(Svg + "g", new XAttribute("class", "series " + s.CssClass));
            var band = (s.Band ?? []).Where(b => double.IsFinite(b.Low) && double.IsFinite(b.High)).OrderBy(b => b.X).ToList();
            if (band.Count > 1)
            {
                var outline = band.Select(b => (b.X, b.High)).Concat(band.AsEnumerable().Reverse().Select(b => (b.X, b.Low)));
                group.Add(new XElement(Svg + "polygon", new XAttribute("class", "band"),
                    new XAttribute("points", string.Join(' ', outline.Select(p => $"{N(Px(p.X))},{N(Py(p.Item2))}")))));
            }

            if (drawn.Count > 1)
            {
                group.Add(new XElement(Svg + "polyline", new XAttribute("fill", "none"),
                    new XAttribute("points", string.Join(' ', drawn.Select(p => $"{N(Px(p.X))},{N(Py(p.Y!.Value))}")))));
            }

            foreach (var p in drawn)
            {
                group.Add(new XElement(Svg + "circle", Attr("cx", Px(p.X)), Attr("cy", Py(p.Y!.Value)), Attr("r", 3),
                    new XElement(Svg + "title", $"{s.Name} {p.X.ToString("0", CultureInfo.InvariantCulture)}: {format(p.Y!.Value)}")));
            }

            root.Add(group);
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static IEnumerable<(double X, double? Y)> BandEdges(Series s) =>
        (s.Band ?? []).Where(b => double.IsFinite(b.Low) && double.IsFinite(b.High)).SelectMany(b => new (double, double?)[] { (b.X, b.Low), (b.X, b.High) });

    /// <summary>Horizontal bars, one per row, scaled to the largest absolute value.</summary>
    public static string Bars(string id, string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const double row = 26, labelWidth = 170, valueWidth = 70;
        var height = Math.Max(row, bars.Count * row) + 8;
        var root = Root(id, title, Width + 120, height);
        var max = bars.Count == 0 ? 1 : Math.Max(1e-12, bars.Max(b => Math.Abs(b.Value)));
        var span = Width + 120 - labelWidth - valueWidth;
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 4 + (i * row);
            var length = Math.Abs(b.Value) / max * span;
            root.Add(new XElement(Svg + "g", new XAttribute("class", b.CssClass),
                new XElement(Svg + "text", Attr("x", labelWidth - 6), Attr("y", y + 16), new XAttribute("text-anchor", "end"), Clip(b.Label, 28)),
                new XElement(Svg + "rect", Attr("x", labelWidth), Attr("y", y + 4), Attr("width", Math.Max(1, length)), Attr("height", row - 10)),
                new XElement(Svg + "text", Attr("x", labelWidth + length + 4), Attr("y", y + 16), b.ValueText)));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Root(string id, string title, double width, double height) =>
        new(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", id + "-titel"),
            new XAttribute("focusable", "false"),
            new XElement(Svg + "title", new XAttribute("id", id + "-titel"), title));

    private static XAttribute Attr(string name, double value) => new(name, N(value));

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Clip(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
