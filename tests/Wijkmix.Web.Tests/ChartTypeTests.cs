using System.Globalization;
using System.Xml.Linq;
using Wijkmix.Web.Charts;

namespace Wijkmix.Web.Tests;

/// <summary>
/// Charts read at one type size: 14 px text at the chart's natural width (never scaled up from a small viewBox or down
/// into a narrow column), year labels that do not overlap, and counts of unlike size not flattened against one axis.
/// </summary>
public sealed class ChartTypeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // Twelve years as the profile has them, and counts as an Utrecht wijk, Utrecht and Nederland have (CBS KWB 2019–2024, rounded).
    private static readonly double[] Years = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

    private static Series Counts(string name, string css, double first) =>
        new(name, css, [.. Years.Select((y, i) => (y, (double?)(first * (1 + (0.004 * i)))))]);

    private static string Inhabitants() => SvgCharts.Lines("t", "Inwoners", [Counts("Overvecht", "gebied", 34_155), Counts("Utrecht", "gemeente", 359_370), Counts("Nederland", "nederland", 17_475_415)],
        v => v.ToString("N0", CultureInfo.GetCultureInfo("nl-NL")));

    private static double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    public static TheoryData<string> Charts => new()
    {
        Inhabitants(),
        SvgCharts.Lines("s", "Aandeel", [Counts("A", "gebied", 20), Counts("B", "gemeente", 25)], v => v.ToString("0.0", CultureInfo.InvariantCulture)),
        SvgCharts.Bars("b", "Bijdragen", [new Bar("Wijk 10 Vleuten-De Meern met een lange naam erbij", 0.02, "0,0200"), new Bar("Wijk 06 Binnenstad", 0.01, "0,0100")]),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_text_is_at_least_12_px_at_the_width_the_chart_is_drawn(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        var viewBox = root.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // Drawn at its natural width: one viewBox unit is one CSS pixel (CSS may only shrink it: max-width).
        Assert.Equal(viewBox[2], Number(root, "width"));
        Assert.Equal(viewBox[3], Number(root, "height"));
        var texts = root.Descendants(Svg + "text").ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            var size = text.AncestorsAndSelf().Select(e => e.Attribute("font-size")).First(a => a is not null)!;
            Assert.InRange(double.Parse(size.Value, CultureInfo.InvariantCulture), 12, 16);
        }
    }

    [Fact]
    public void Year_labels_of_twelve_years_do_not_overlap()
    {
        var labels = XDocument.Parse(Inhabitants()).Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == "year-axis").Elements(Svg + "text")
            .Select(t => (X: Number(t, "x"), Text: t.Value)).ToList();
        Assert.Contains(labels, l => l.Text == "2024");
        Assert.True(labels.Count >= 3, "some years are labelled");
        // Four digits at 14 px are 31.1 px wide in Arial/Liberation Sans (0.556 em each): centres at least that far apart.
        Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.Second.X - pair.First.X >= 4 * 0.556 * 14, $"{pair.First.Text} and {pair.Second.Text} overlap"));
    }

    [Fact]
    public void Counts_of_a_wijk_its_city_and_the_country_get_a_panel_each_and_none_lies_flat_at_zero()
    {
        var root = XDocument.Parse(Inhabitants()).Root!;
        var panels = root.Elements(Svg + "g").Where(g => g.Attribute("class")?.Value == "panel").ToList();
        Assert.Equal(["Overvecht", "Utrecht", "Nederland"], panels.Select(p => p.Elements(Svg + "text").First().Value));
        foreach (var panel in panels)
        {
            var grid = panel.Descendants(Svg + "line").Select(l => Number(l, "y1")).ToList();
            var (zero, top) = (grid.Max(), grid.Min());
            var dots = panel.Descendants(Svg + "circle").Select(c => Number(c, "cy")).ToList();
            Assert.Equal(12, dots.Count);
            // Every point stands well above its zero line (the old chart put Utrecht within 2 % of it).
            Assert.All(dots, cy => Assert.True(zero - cy > 0.5 * (zero - top), $"{cy} lies near zero ({zero})"));
        }
    }

    [Fact]
    public void Shares_of_like_size_stay_on_one_axis()
    {
        var shares = new[] { Counts("A", "gebied", 20), Counts("B", "gemeente", 25), Counts("C", "nederland", 3) };
        Assert.True(SvgCharts.SharesOneAxis(shares));
        Assert.False(SvgCharts.SharesOneAxis([Counts("A", "gebied", 2), Counts("B", "gemeente", 25)]));
        var root = XDocument.Parse(SvgCharts.Lines("s", "Aandeel", shares, v => v.ToString("0", CultureInfo.InvariantCulture))).Root!;
        Assert.Single(root.Elements(Svg + "g"), g => g.Attribute("class")?.Value == "plot");
        Assert.Equal(3, root.Descendants(Svg + "polyline").Count());
    }

    [Theory]
    [InlineData(2, 384)]
    [InlineData(12, 300)]
    [InlineData(40, 300)]
    public void Labelled_years_always_include_the_latest_and_keep_an_em_between_labels(int count, double width)
    {
        var years = Enumerable.Range(2024 - count + 1, count).Select(y => (double)y).ToList();
        var shown = ChartType.YearLabels(years, width);
        Assert.Equal(2024, shown[^1]);
        var gap = shown.Zip(shown.Skip(1), (a, b) => (b - a) / (years[^1] - years[0]) * width).DefaultIfEmpty(width).Min();
        Assert.True(gap >= ChartType.TextWidth("2024") + ChartType.FontSize, $"gap {gap}");
    }
}
