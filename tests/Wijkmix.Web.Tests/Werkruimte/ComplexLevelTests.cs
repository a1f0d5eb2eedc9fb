using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// The complex level where analysts look: the schatkaart's "Complexen" layer, the workspace's wijkkompas one level
/// below the buurt, and the 90 % intervals of the ladder on the Complexen page. A corporation delivers five complexes
/// in two Overvecht buurten (BU03440311, BU03440312; real CBS buurten of wijk WK034403), one of them (Hofje Klein, 8
/// dwellings, 7 households, 2 lettings a year) so small that every figure of it is suppressed: it must be nowhere.
/// Only ZAM and NIJ have every lettings cell of their routes published (the other two have cells under the threshold
/// of 10), so only they have a lettings share; the others are shown with their dwellings and households.
/// </summary>
public abstract partial class ComplexLevelTests(RunningApp app)
{
    private const string Dwellings =
        "complex_code;buurt_code;complex_naam;breedtegraad;lengtegraad;woningen;sociale_huur;middenhuur;vrije_sector_huur;koop;huur_tot_aftoppingsgrens;huur_tot_liberalisatiegrens;huur_boven_liberalisatiegrens;geen_huur\r\n" +
        "ZAM;BU03440311;Flat Zambesidreef;52.1110;5.1080;120;120;0;0;0;120;0;0;0\r\n" +
        "TIG;BU03440311;Portieken Tigrisdreef;52.1130;5.1110;150;150;0;0;0;150;0;0;0\r\n" +
        "EUF;BU03440311;Eufraatlaan;52.1150;5.1140;200;200;0;0;0;200;0;0;0\r\n" +
        "KLN;BU03440311;Hofje Klein;52.1170;5.1170;8;8;0;0;0;8;0;0;0\r\n" +
        "NIJ;BU03440312;Nijlstraat;52.1190;5.1200;180;180;0;0;0;180;0;0;0\r\n";

    private const string Households =
        "complex_code;buurt_code;huishoudens;eenpersoons;zonder_kinderen;met_kinderen;inkomen_laag;inkomen_midden;inkomen_hoog;hoofdbewoner_tot_25;hoofdbewoner_25_44;hoofdbewoner_45_64;hoofdbewoner_65_plus\r\n" +
        "ZAM;BU03440311;120;90;15;15;120;0;0;0;120;0;0\r\n" +
        "TIG;BU03440311;140;75;35;30;140;0;0;0;140;0;0\r\n" +
        "EUF;BU03440311;190;100;45;45;190;0;0;0;190;0;0\r\n" +
        "KLN;BU03440311;7;3;2;2;7;0;0;0;7;0;0\r\n" +
        "NIJ;BU03440312;84;60;12;12;84;0;0;0;84;0;0\r\n";

    /// <summary>Per complex and year 2022–2024: lettings, regular, urgent, statushouder, uitstroom, other bemiddeling.</summary>
    private static readonly (string Code, string Buurt, int[] Counts)[] Lettings =
    [
        ("ZAM", "BU03440311", [45, 15, 12, 11, 3, 4]),
        ("TIG", "BU03440311", [30, 25, 2, 1, 1, 1]),
        ("EUF", "BU03440311", [30, 26, 2, 1, 1, 0]),
        ("KLN", "BU03440311", [2, 1, 1, 0, 0, 0]),
        ("NIJ", "BU03440312", [60, 20, 10, 10, 10, 10]),
    ];

    /// <summary>The flag rule the coordinator sets (50 %, 3 years, 1,5 × the buurt), as the pages state it.</summary>
    private const string Rule = "meer dan 50 % van de verhuringen in de laatste 3 jaar aan kwetsbare huishoudens (urgent, statushouder, uitstroom, overige bemiddeling), en meer dan 1,5 keer het aandeel in de buurt";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task The_schatkaart_shows_the_visible_complexes_as_squares_numbered_as_on_the_Complexen_page_and_the_flagged_one_marked()
    {
        var (coordinator, id) = await OvervechtWithComplexes();

        var page = await coordinator.GetStringAsync($"/werkruimte/{id}/schatkaart");

        // Flagged first, then by share of vulnerable lettings 2022–2024 (ZAM 90/135, NIJ 120/180), then by code.
        Assert.Equal(
            [
                ["C1", "Flat Zambesidreef", "Taag- en Rubicondreef en omgeving", "66,7 %", "Gemarkeerd: " + Rule],
                ["C2", "Nijlstraat", "Wolga- en Donaudreef en omgeving", "66,7 %", "–"],
                ["C3", "Eufraatlaan", "Taag- en Rubicondreef en omgeving", "–", "–"],
                ["C4", "Portieken Tigrisdreef", "Taag- en Rubicondreef en omgeving", "–", "–"],
            ],
            Rows(page, "kaart-complexen"));
        Assert.Equal(["C1", "C2", "C3", "C4"], SvgPoints(page, "complex"));
        Assert.Equal(["C1"], SvgPoints(page, "complex flagged"));
        Assert.Contains("<title>C1. Flat Zambesidreef (gemarkeerd)</title>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Hofje Klein", page, StringComparison.Ordinal);
        Assert.DoesNotContain("KLN", page, StringComparison.Ordinal);

        // The layer filter: initiatives only has no complex; a buurt filter keeps that buurt's complexes only.
        Assert.Empty(SvgPoints(await coordinator.GetStringAsync($"/werkruimte/{id}/schatkaart?laag=initiatieven"), "complex"));
        Assert.Equal(["C2"], SvgPoints(await coordinator.GetStringAsync($"/werkruimte/{id}/schatkaart?buurt=BU03440312"), "complex"));
    }

    [Fact]
    public async Task The_wijkkompas_compares_each_visible_complex_with_its_buurt_and_the_workspace_and_leaves_the_hidden_one_out()
    {
        var (coordinator, id) = await OvervechtWithComplexes();

        var page = await coordinator.GetStringAsync($"/werkruimte/{id}/kompas?niveau=complex");

        // Workspace: (30+5+4+1+40)/(45+30+30+2+60) = 80/167 → 48 %. Buurt BU03440311: (30+5+4+1)/(45+30+30+2) = 40/107 → 37 %.
        // NIJ is the only complex in its buurt, so it has no buurt share (it would be its own share).
        Assert.Contains("Alle zichtbare complexen in de werkruimte</th><td></td><td class=\"number\">48,0 %</td>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(
            [
                ["Flat Zambesidreef", "BU03440311", "66,7 %", "37,0 %", "+29,7", "+18,7", "Gemarkeerd(" + Rule + ")"],
                ["Nijlstraat", "BU03440312", "66,7 %", "–", "–", "+18,7", string.Empty],
            ],
            Rows(page, "kompas-complexen"));
        Assert.Contains($"href=\"/werkruimte/{id}/complexen#complex-1\">Flat Zambesidreef", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hofje Klein", page, StringComparison.Ordinal);
        Assert.Contains("1 complexen zijn afgeschermd en staan nergens; 2 zichtbare complexen zonder zichtbare verhuringscijfers", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        // The buurt level: the public wijkkompas's figures for Overvecht's buurten against Utrecht: corporation dwellings in 2023.
        var buurten = Rows(await coordinator.GetStringAsync($"/werkruimte/{id}/kompas?indicator=dwellings_corporation_pct"), "kompas-buurten");
        Assert.Equal(["Taag- en Rubicondreef en omgeving", "2023", "35,0 %", "31,0 %", "+4,0 pp"], buurten.Single(r => r[0].StartsWith("Taag", StringComparison.Ordinal))[..5]);
        Assert.Equal(10, buurten.Count); // every buurt of WK034403 in the store
    }

    [Fact]
    public async Task The_Complexen_page_shows_a_90_percent_interval_for_every_part_of_the_ladder_the_same_on_every_view()
    {
        var (coordinator, id) = await OvervechtWithComplexes();

        var page = await coordinator.GetStringAsync($"/werkruimte/{id}/complexen");
        var again = await coordinator.GetStringAsync($"/werkruimte/{id}/complexen");

        var intervals = Intervals(page);
        Assert.Equal(4, intervals.Count); // three parts and the total
        Assert.All(intervals, i => Assert.True(i.Lower < i.Upper && i.Lower >= 0, $"{i.Lower} – {i.Upper}"));
        Assert.Equal(intervals, Intervals(again));
        // M for household type is 0,0809 (docs/complexen.md): 0,0486 between wijken, 0,0322 between buurten, 0,0001 between
        // complexes. The fixed seed gives these intervals on every view and every machine.
        Assert.Equal([(0.0476, 0.0498), (0.0316, 0.0336), (0.0001, 0.0002), (0.0801, 0.0828)], intervals);
        Assert.Contains("De huishoudens zijn 200 keer opnieuw getrokken", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    private static List<(double Lower, double Upper)> Intervals(string page) =>
    [
        .. IntervalPattern().Matches(Table(page, "ladder-huishoudtype"))
            .Select(m => (double.Parse(m.Groups[1].Value, Dutch), double.Parse(m.Groups[2].Value, Dutch))),
    ];

    /// <summary>The labels of the map's points whose class starts with "point <paramref name="css"/>".</summary>
    private static List<string> SvgPoints(string page, string css) =>
        [.. Regex.Matches(page, $"<g class=\"point {css}[^\"]*\" data-nummer=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    private static string Table(string page, string id) =>
        Regex.Match(page, $"id=\"{id}\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;

    /// <summary>The text of every cell in the table's body, row by row.</summary>
    private static List<string[]> Rows(string page, string id)
    {
        var body = Regex.Match(Table(page, id), "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return
        [
            .. Regex.Matches(body, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline).Select(row =>
                Regex.Matches(row.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)
                    .Select(c => WebUtility.HtmlDecode(Regex.Replace(c.Groups[1].Value, "<[^>]+>", string.Empty)).Trim()).ToArray()),
        ];
    }

    private async Task<(Member Coordinator, int Id)> OvervechtWithComplexes()
    {
        var coordinator = await Member.RegisterAsync(app, "Carla Coördinator");
        var id = await coordinator.CreateWorkspaceAsync("Overvecht onder de buurt", "WK034403");
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner", "Woningcorporatie Mitros");
        var lettings = new StringBuilder("complex_code;jaar;buurt_code;verhuringen;regulier;urgent;statushouder;uitstroom;overige_bemiddeling;inkomen_laag;inkomen_midden;inkomen_hoog\r\n");
        foreach (var (code, buurt, c) in Lettings)
        {
            for (var year = 2022; year <= 2024; year++)
            {
                lettings.Append(CultureInfo.InvariantCulture, $"{code};{year};{buurt};{string.Join(';', c)};{c[0]};0;0\r\n");
            }
        }

        foreach (var (template, csv) in new[] { ("complexen-woningen", Dwellings), ("complexen-huishoudens", Households), ("complexen-verhuringen", lettings.ToString()) })
        {
            var response = await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, template + ".csv", Encoding.UTF8.GetBytes(csv), new() { ["sjabloon"] = template });
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }

        var rule = await coordinator.PostAsync($"/werkruimte/{id}/complexen", "Rule", new() { ["percentage"] = "50", ["jaren"] = "3", ["factor"] = "1,5" });
        Assert.Equal(HttpStatusCode.SeeOther, rule.StatusCode);
        return (coordinator, id);
    }

    [GeneratedRegex("<td class=\"number interval\">([0-9,]+) – ([0-9,]+)</td>")]
    private static partial Regex IntervalPattern();
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class ComplexLevelOnSqlite(SqliteApp app) : ComplexLevelTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class ComplexLevelOnPostgres(PostgresApp app) : ComplexLevelTests(app);
