using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests;

/// <summary>
/// The wijkkompas shows its signals for every year, not only the latest: each "kloof groeit" in the per-year table is
/// re-derived here from the figures the same page prints. For a share without a welfare direction (one-person
/// households) the rule is: the distance to the city grew by at least 1 percentage point since the previous year with a
/// figure (docs/decisions, CompassRules).
/// </summary>
[Collection(WithDemoData.Name)]
public sealed partial class CompassSignalYearsTests(RunningApp app)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task A_widening_gap_is_marked_in_every_year_the_printed_figures_show_it()
    {
        // Utrecht's buurten, one-person households: KWB 2019, 2021, 2023 and 2024 (data/PROVENANCE.md).
        var html = WebUtility.HtmlDecode(await app.Client().GetStringAsync(new Uri("/kompas?gemeente=GM0344&niveau=buurt&indicator=households_one_person_share", UriKind.Relative)));
        var main = Table(html, "kompas");
        var perYear = Table(html, "signalen-jaren");
        var years = Headers().Matches(main).Select(m => m.Groups[1].Value).Where(h => Regex.IsMatch(h, "^20[0-9]{2}$")).ToList();
        Assert.Equal(["2019", "2021", "2023", "2024"], years);

        var city = Cells(Row(main, "Utrecht (stad)"));
        var checkedYears = new HashSet<string>();
        foreach (Match line in RowsWithLink().Matches(main))
        {
            var name = line.Groups[1].Value;
            var values = Cells(line.Value);
            if (line.Value.Contains("class=\"signal klein\"", StringComparison.Ordinal))
            {
                continue; // too few inhabitants to judge in the latest year: not listed per year, not judged here
            }

            var signals = perYear.Contains($">{name}</a>", StringComparison.Ordinal) ? SignalCells(Row(perYear, name)) : years.Select(_ => "").ToList();
            double? previousGap = null;
            for (var i = 0; i < years.Count; i++)
            {
                if (Number(values[i]) is not { } value || Number(city[i]) is not { } average)
                {
                    continue;
                }

                var gap = value - average;
                var growth = previousGap is { } before ? Math.Abs(gap) - Math.Abs(before) : (double?)null;
                previousGap = gap;
                // Too small to judge (fewer than 200 inhabitants), or too close to 1 point for one-decimal figures to decide.
                if (growth is not { } g || signals[i].Contains("klein", StringComparison.Ordinal) || Math.Abs(g - 1) < 0.25)
                {
                    continue;
                }

                Assert.True(g >= 1 == signals[i].Contains("kloof", StringComparison.Ordinal), $"{name} {years[i]}: gap {gap:0.0} after {gap - g:0.0}, signals '{signals[i]}'");
                if (g >= 1)
                {
                    checkedYears.Add(years[i]);
                }
            }
        }

        // Widening gaps in more than one year, so not only the latest year's signals are shown.
        Assert.True(checkedYears.Count >= 2, string.Join(",", checkedYears));
        Assert.Contains("Alleen buurten met in ten minste één jaar een signaal staan erin.", html, StringComparison.Ordinal);
    }

    private static string Table(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, id);
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static string Row(string table, string name) =>
        table[table.IndexOf(name, StringComparison.Ordinal)..].Split("</tr>")[0];

    /// <summary>The row's td cells as text (the first cells are the years).</summary>
    private static List<string> Cells(string row) => [.. Cell().Matches(row).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim())];

    private static List<string> SignalCells(string row) => [.. Cell().Matches(row).Select(m => m.Groups[1].Value)];

    private static double? Number(string text) =>
        double.TryParse(text.Replace("%", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, Dutch, out var v) ? v : null;

    [GeneratedRegex("<th scope=\"col\"[^>]*>([^<]+)</th>")]
    private static partial Regex Headers();

    [GeneratedRegex("<tr>\\s*<th scope=\"row\"><a href=\"/profiel/BU[0-9]+\">([^<]+)</a></th>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowsWithLink();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
