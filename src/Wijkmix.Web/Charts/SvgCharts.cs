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
/// table with the same numbers next to it. All text is <see cref="ChartType.FontSize"/> px at the width the chart is drawn.
/// </summary>
public static class SvgCharts
{
    /// <summary>The natural width of a line chart: the narrowest column of the profile's chart grid (22rem) plus a little.</summary>
    public const double LineWidth = 384;

    /// <summary>The natural width of a bar chart.</summary>
    public const double BarWidth = 640;

    /// <summary>
    /// Series whose largest values differ by more than this factor are not drawn against one axis (an area's count
    /// beside the country's would lie flat at zero): each gets its own panel with its own axis, over the same years.
    /// </summary>
    public const double SharedAxisRatio = 10;

    private const double PlotHeight = 150, PanelHeight = 96, Top = 8, Bottom = 26, Right = 24, PanelTitle = 22;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>
    /// A line chart over years; the y axis starts at zero unless the values are negative. Series of unlike size
    /// (see <see cref="SharedAxisRatio"/>) are drawn as stacked panels, one per series, each titled with its name.
    /// </summary>
    public static string Lines(string id, string title, IReadOnlyList<Series> series, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(format);
        var withValues = series.Where(s => Values(s).Any()).ToList();
        if (withValues.Count == 0)
        {
            return Root(id, title, LineWidth, Top + Bottom).ToString(SaveOptions.DisableFormatting);
        }

        var panels = SharesOneAxis(withValues) ? [withValues] : withValues.Select(s => (IReadOnlyList<Series>)[s]).ToList();
        var split = panels.Count > 1;
        var years = withValues.SelectMany(s => s.Points.Where(p => p.Y is not null).Select(p => p.X).Concat((s.Band ?? []).Select(b => b.X))).ToList();
        var (x0, x1) = (years.Min(), years.Max());
        if (x1 <= x0)
        {
            (x0, x1) = (x0 - 1, x1 + 1);
        }

        var panelHeight = split ? PanelTitle + PanelHeight : PlotHeight;
        var height = Top + (panels.Count * panelHeight) + ((panels.Count - 1) * 12) + Bottom;
        var left = panels.Max(p => YTicks(p).Max(t => ChartType.TextWidth(format(t)))) + 10;
        var root = Root(id, title, LineWidth, height);
        double Px(double x) => left + ((x - x0) / (x1 - x0) * (LineWidth - left - Right));

        for (var i = 0; i < panels.Count; i++)
        {
            var top = Top + (i * (panelHeight + 12)) + (split ? PanelTitle : 0);
            var group = new XElement(Svg + "g", new XAttribute("class", split ? "panel" : "plot"));
            if (split)
            {
                group.Add(new XElement(Svg + "text", new XAttribute("class", "panel-title"), Attr("x", left), Attr("y", top - 8), panels[i][0].Name));
            }

            Plot(group, panels[i], format, Px, left, top, (split ? PanelHeight : PlotHeight) - 8);
            root.Add(group);
        }

        var axis = new XElement(Svg + "g", new XAttribute("class", "year-axis"));
        foreach (var x in ChartType.YearLabels(years, LineWidth - left - Right))
        {
            axis.Add(new XElement(Svg + "text", Attr("x", Px(x)), Attr("y", height - 8), new XAttribute("text-anchor", "middle"),
                x.ToString("0", CultureInfo.InvariantCulture)));
        }

        root.Add(axis);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>True when every series' largest absolute value is within <see cref="SharedAxisRatio"/> of the others'.</summary>
    public static bool SharesOneAxis(IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var sizes = series.Select(s => Values(s).Select(Math.Abs).DefaultIfEmpty(0).Max()).Where(v => v > 0).ToList();
        return sizes.Count < 2 || sizes.Max() <= SharedAxisRatio * sizes.Min();
    }

    private static void Plot(XElement group, IReadOnlyList<Series> series, Func<double, string> format, Func<double, double> px, double left, double top, double plotHeight)
    {
        var ticks = YTicks(series);
        var (y0, y1) = (ticks[0], ticks[^1]);
        double Py(double y) => top + plotHeight - ((y - y0) / (y1 - y0) * plotHeight);
        var axes = new XElement(Svg + "g", new XAttribute("class", "axis"));
        foreach (var tick in ticks)
        {
            axes.Add(new XElement(Svg + "line", Attr("x1", left), Attr("x2", LineWidth - Right), Attr("y1", Py(tick)), Attr("y2", Py(tick)), new XAttribute("class", "grid")),
                new XElement(Svg + "text", Attr("x", left - 6), Attr("y", Py(tick) + 5), new XAttribute("text-anchor", "end"), format(tick)));
        }

        group.Add(axes);
        foreach (var s in series)
        {
            var drawn = s.Points.Where(p => p.Y is not null).OrderBy(p => p.X).ToList();
            var line = new XElement(Svg + "g", new XAttribute("class", "series " + s.CssClass));
            var band = FiniteBand(s).OrderBy(b => b.X).ToList();
            if (band.Count > 1)
            {
                var outline = band.Select(b => (b.X, b.High)).Concat(band.AsEnumerable().Reverse().Select(b => (b.X, b.Low)));
                line.Add(new XElement(Svg + "polygon", new XAttribute("class", "band"),
                    new XAttribute("points", string.Join(' ', outline.Select(p => $"{N(px(p.X))},{N(Py(p.Item2))}")))));
            }

            if (drawn.Count > 1)
            {
                line.Add(new XElement(Svg + "polyline", new XAttribute("fill", "none"),
                    new XAttribute("points", string.Join(' ', drawn.Select(p => $"{N(px(p.X))},{N(Py(p.Y!.Value))}")))));
            }

            foreach (var p in drawn)
            {
                line.Add(new XElement(Svg + "circle", Attr("cx", px(p.X)), Attr("cy", Py(p.Y!.Value)), Attr("r", 3),
                    new XElement(Svg + "title", $"{s.Name} {p.X.ToString("0", CultureInfo.InvariantCulture)}: {format(p.Y!.Value)}")));
            }

            group.Add(line);
        }
    }

    /// <summary>Three gridlines: zero (or the lowest negative value), the middle and the top of the series' values.</summary>
    private static double[] YTicks(IReadOnlyList<Series> series)
    {
        var values = series.SelectMany(Values).ToList();
        var (y0, y1) = (Math.Min(0, values.Min()), values.Max());
        if (y1 <= y0)
        {
            y1 = y0 + 1;
        }

        return [y0, (y0 + y1) / 2, y1];
    }

    private static IEnumerable<double> Values(Series s) =>
        s.Points.Where(p => p.Y is { } y && double.IsFinite(y)).Select(p => p.Y!.Value).Concat(FiniteBand(s).SelectMany(b => new[] { b.Low, b.High }));

    private static IEnumerable<(double X, double Low, double High)> FiniteBand(Series s) =>
        (s.Band ?? []).Where(b => double.IsFinite(b.Low) && double.IsFinite(b.High));

    /// <summary>Horizontal bars, one per row, scaled to the largest absolute value; the label column fits the longest label.</summary>
    public static string Bars(string id, string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const double row = 30, valueWidth = 96, maxLabel = 32;
        var labels = bars.Select(b => Clip(b.Label, (int)maxLabel)).ToList();
        var labelWidth = Math.Ceiling(labels.Select(ChartType.TextWidth).DefaultIfEmpty(0).Max()) + 12;
        var height = Math.Max(row, bars.Count * row) + 8;
        var root = Root(id, title, BarWidth, height);
        var max = bars.Count == 0 ? 1 : Math.Max(1e-12, bars.Max(b => Math.Abs(b.Value)));
        var span = BarWidth - labelWidth - valueWidth;
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 4 + (i * row);
            var length = Math.Abs(b.Value) / max * span;
            root.Add(new XElement(Svg + "g", new XAttribute("class", b.CssClass),
                new XElement(Svg + "text", Attr("x", labelWidth - 8), Attr("y", y + 19), new XAttribute("text-anchor", "end"), labels[i]),
                new XElement(Svg + "rect", Attr("x", labelWidth), Attr("y", y + 5), Attr("width", Math.Max(1, length)), Attr("height", row - 10)),
                new XElement(Svg + "text", Attr("x", labelWidth + length + 6), Attr("y", y + 19), b.ValueText)));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Root(string id, string title, double width, double height) =>
        new(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            Attr("width", width),
            Attr("height", height),
            Attr("font-size", ChartType.FontSize),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", id + "-titel"),
            new XAttribute("focusable", "false"),
            new XElement(Svg + "title", new XAttribute("id", id + "-titel"), title));

    private static XAttribute Attr(string name, double value) => new(name, N(value));

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Clip(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
