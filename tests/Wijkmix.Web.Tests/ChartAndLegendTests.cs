using System.Xml.Linq;
using CsCheck;
using Wijkmix.Monitor.Maps;
using Wijkmix.Web.Charts;

namespace Wijkmix.Web.Tests;

/// <summary>The legend classes and the server-drawn SVG charts.</summary>
public sealed class ChartAndLegendTests
{
    [Fact]
    public void Legend_classes_cover_every_value_in_order()
    {
        Gen.Double[-1e6, 1e6].Array[1, 400].Sample(values =>
        {
            var legend = MapView.Breaks(values);
            Assert.InRange(legend.Count, 1, MapView.Classes);
            Assert.Equal(values.Min(), legend[0].From);
            Assert.Equal(values.Max(), legend[^1].To);
            for (var i = 1; i < legend.Count; i++)
            {
                Assert.Equal(legend[i - 1].To, legend[i].From);
                Assert.True(legend[i].To > legend[i - 1].To);
            }
        });
    }

    [Fact]
    public void Quintiles_of_one_to_ten_split_in_pairs()
    {
        var legend = MapView.Breaks([.. Enumerable.Range(1, 10).Select(i => (double)i)]);
        Assert.Equal([2.0, 4.0, 6.0, 8.0, 10.0], legend.Select(c => c.To));
    }

    [Fact]
    public void Line_chart_escapes_names_and_draws_one_point_per_value()
    {
        var svg = SvgCharts.Lines("t", "<b>Titel</b>", [new Series("<script>x</script>", "gebied", [(2019, 10), (2021, null), (2024, 30)])], v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("<b>Titel</b>", doc.Root!.Element(ns + "title")!.Value);
        Assert.Equal(2, doc.Descendants(ns + "circle").Count());
        Assert.Equal("img", doc.Root.Attribute("role")!.Value);
    }

    [Fact]
    public void Bars_are_scaled_to_the_largest_value()
    {
        var svg = XDocument.Parse(SvgCharts.Bars("b", "Bijdragen", [new Bar("A", 2, "2"), new Bar("B", 1, "1")]));
        var widths = svg.Descendants().Where(e => e.Name.LocalName == "rect").Select(r => double.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2 * widths[1], widths[0], 1);
    }
}
