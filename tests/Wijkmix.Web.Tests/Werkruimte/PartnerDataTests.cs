using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// Partner data through the web: person-level files refused with row and column, nothing stored; every figure on
/// the page and in the export at or above the threshold, and no suppressed cell recoverable from a line's total.
/// Buurt codes are the Binnenstad's (wijk WK034406, buurten BU034406xx) as in data/cbs/nabijheid_2023_utrecht.
/// </summary>
public abstract class PartnerDataTests(RunningApp app)
{
    private const string Header = "complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent\r\n";

    [Fact]
    public async Task Small_counts_are_suppressed_on_the_page_and_in_the_export()
    {
        var (coordinator, partner, id) = await WorkspaceWithPartner();
        var csv = Header + "C1;BU03440611;120;96;14;3\r\nC2;BU03440612;80;80;9;2\r\nC3;BU03440613;210;150;25;11\r\n";

        var response = await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "portaal-2025.csv", Encoding.UTF8.GetBytes(csv), new() { ["sjabloon"] = "corporatie-complexen" });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = await coordinator.GetStringAsync($"/werkruimte/{id}/partnerdata");
        Assert.Contains("portaal-2025.csv", page, StringComparison.Ordinal);
        var export = await partner.GetStringAsync($"/werkruimte/{id}/partnerdata?handler=Export&levering={UploadId(page)}");
        var rows = Parse(export);
        Assert.Equal(["C1", "C2", "C3", "totaal"], rows.Select(r => r[0]));
        // The template's columns do not add up (woningen, of which sociale huur; verhuringen, of which urgent): each column
        // has its total over the complexes, no row has a total, on the page or in the export.
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.Equal("410", rows[3][1]);
        Assert.DoesNotContain("<th scope=\"col\" class=\"number\">Totaal</th>", page, StringComparison.Ordinal);
        Assert.Equal("120", rows[0][1]);
        Assert.Equal(".", rows[0][4]);      // 3 urgent lettings
        Assert.Equal(".", rows[1][4]);      // 2
        Assert.Equal(".", rows[1][3]);      // 9 lettings
        AssertSafe(rows, 10);
        var log = await coordinator.GetStringAsync($"/werkruimte/{id}/logboek");
        Assert.Contains("geëxporteerd", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent;geboortedatum\r\nC1;BU03440611;1;1;1;1;01-02-1980\r\n", "regel 1, kolom \"geboortedatum\"")]
    [InlineData(Header + "C1;BU03440611;120;96;14;3\r\nC2;BU99999999;80;80;9;2\r\n", "regel 3, kolom \"buurt_code\"")]
    [InlineData(Header + "C1;BU03440611;120;veel;14;3\r\n", "regel 2, kolom \"sociale_huurwoningen\"")]
    [InlineData(Header + "111222333;BU03440611;120;96;14;3\r\n", "regel 2, kolom \"complex_code\"")]
    public async Task Bad_files_are_refused_naming_row_and_column_and_nothing_is_stored(string csv, string named)
    {
        var (_, partner, id) = await WorkspaceWithPartner();

        var response = await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "fout.csv", Encoding.UTF8.GetBytes(csv), new() { ["sjabloon"] = "corporatie-complexen" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("fout.csv, " + named, body, StringComparison.Ordinal);
        Assert.Contains("Nog geen cijfers geleverd.", await partner.GetStringAsync($"/werkruimte/{id}/partnerdata"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(615, true)] // 700 + 615 = 1.315: within CBS's rounding of its 1.313 dwellings (KWB 2023, Domplein, Neude, Janskerkhof)
    [InlineData(620, false)] // 1.320: more than the buurt has
    public async Task Complexes_holding_more_dwellings_than_CBS_counts_in_the_buurt_are_refused_and_nothing_is_stored(int second, bool accepted)
    {
        var (_, partner, id) = await WorkspaceWithPartner();
        var csv = "complex_code;buurt_code;complex_naam;breedtegraad;lengtegraad;woningen;sociale_huur;middenhuur;vrije_sector_huur;koop;huur_tot_aftoppingsgrens;huur_tot_liberalisatiegrens;huur_boven_liberalisatiegrens;geen_huur\r\n" +
            "D1;BU03440611;Domflat;;;700;700;0;0;0;700;0;0;0\r\n" +
            $"D2;BU03440611;Neudeblok;;;{second};{second};0;0;0;{second};0;0;0\r\n";

        var response = await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "dom.csv", Encoding.UTF8.GetBytes(csv), new() { ["sjabloon"] = "complexen-woningen" });

        var page = await partner.GetStringAsync($"/werkruimte/{id}/partnerdata");
        if (accepted)
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.SeeOther, response.StatusCode.ToString());
            Assert.Contains("dom.csv", page, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dom.csv, regel 3, kolom \"woningen\": de complexen in buurt BU03440611 tellen samen 1320 woningen, meer dan CBS in de hele buurt telt (1.313, afgerond op vijftallen)",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Nog geen cijfers geleverd.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flag_rule_out_of_range_is_refused_naming_the_fields_and_the_stored_rule_stays()
    {
        var (coordinator, partner, id) = await WorkspaceWithPartner();
        var csv = "complex_code;buurt_code;complex_naam;breedtegraad;lengtegraad;woningen;sociale_huur;middenhuur;vrije_sector_huur;koop;huur_tot_aftoppingsgrens;huur_tot_liberalisatiegrens;huur_boven_liberalisatiegrens;geen_huur\r\n" +
            "D1;BU03440611;Domflat;;;120;120;0;0;0;120;0;0;0\r\nD2;BU03440611;Neudeblok;;;80;80;0;0;0;80;0;0;0\r\n";
        await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "dom.csv", Encoding.UTF8.GetBytes(csv), new() { ["sjabloon"] = "complexen-woningen" });

        var refused = await coordinator.PostAsync($"/werkruimte/{id}/complexen", "Rule", new() { ["percentage"] = "100", ["jaren"] = "0", ["factor"] = "1,5" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Percentage: kies een geheel getal van 1 tot en met 99.", body, StringComparison.Ordinal);
        Assert.Contains("Jaren: kies 1 tot en met 10 jaar.", body, StringComparison.Ordinal);
        Assert.Contains("gemarkeerd bij meer dan 50 % van de verhuringen in de laatste 3 jaar", WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/werkruimte/{id}/complexen")), StringComparison.Ordinal);

        var saved = await coordinator.PostAsync($"/werkruimte/{id}/complexen", "Rule", new() { ["percentage"] = "40", ["jaren"] = "2", ["factor"] = "1,5" });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Contains("gemarkeerd bij meer dan 40 % van de verhuringen in de laatste 2 jaar", WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/werkruimte/{id}/complexen")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_file_is_refused()
    {
        var (_, partner, id) = await WorkspaceWithPartner();
        var big = new StringBuilder(Header);
        // The test app's upload limit is 1 MB (RunningApp), so the partner limit is half of it: 700 kB is refused by the reader.
        for (var i = 0; big.Length <= 700 * 1024; i++)
        {
            big.Append(CultureInfo.InvariantCulture, $"C{i};BU03440611;120;96;14;30\r\n");
        }

        var response = await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "groot.csv", Encoding.UTF8.GetBytes(big.ToString()), new() { ["sjabloon"] = "corporatie-complexen" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("groot.csv", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Nog geen cijfers geleverd.", await partner.GetStringAsync($"/werkruimte/{id}/partnerdata"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrator_raises_the_threshold_and_never_below_ten()
    {
        var (coordinator, partner, id) = await WorkspaceWithPartner();
        await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "p.csv", Encoding.UTF8.GetBytes(Header + "C1;BU03440611;120;96;14;12\r\nC2;BU03440612;80;80;19;15\r\n"), new() { ["sjabloon"] = "corporatie-complexen" });

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/werkruimte/{id}/partnerdata", "Threshold", new() { ["drempel"] = "20" })).StatusCode);
        await coordinator.MakeAdministratorAsync(app);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsync($"/werkruimte/{id}/partnerdata", "Threshold", new() { ["drempel"] = "9" })).StatusCode);
        var before = Parse(await partner.GetStringAsync($"/werkruimte/{id}/partnerdata?handler=Export&levering={UploadId(await partner.GetStringAsync($"/werkruimte/{id}/partnerdata"))}"));
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.PostAsync($"/werkruimte/{id}/partnerdata", "Threshold", new() { ["drempel"] = "20" })).StatusCode);
        var after = Parse(await partner.GetStringAsync($"/werkruimte/{id}/partnerdata?handler=Export&levering={UploadId(await partner.GetStringAsync($"/werkruimte/{id}/partnerdata"))}"));

        Assert.Equal("12", before[0][4]);
        Assert.Equal(".", after[0][4]);
        AssertSafe(after, 20);
    }

    [Fact]
    public async Task No_generated_upload_ever_shows_a_cell_below_the_threshold_or_one_that_a_total_gives_away()
    {
        var (_, partner, id) = await WorkspaceWithPartner();
        var buurten = new[] { "BU03440611", "BU03440612", "BU03440613", "BU03440621" };
        var tables = Gen.Int[0, 40].Array[4].Array[1, 6];
        await tables.SampleAsync(async table =>
        {
            var csv = new StringBuilder(Header);
            for (var r = 0; r < table.Length; r++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"K{r};{buurten[r % buurten.Length]};{string.Join(';', table[r])}\r\n");
            }

            var response = await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "gen.csv", Encoding.UTF8.GetBytes(csv.ToString()), new() { ["sjabloon"] = "corporatie-complexen" });
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            var page = await partner.GetStringAsync($"/werkruimte/{id}/partnerdata");
            AssertSafe(Parse(await partner.GetStringAsync($"/werkruimte/{id}/partnerdata?handler=Export&levering={UploadId(page)}")), 10);
        }, iter: 12, threads: 1);
    }

    [Fact]
    public async Task Two_uploads_are_protected_together_and_every_view_shows_the_stored_tables()
    {
        var (coordinator, partner, id) = await WorkspaceWithPartner();
        // Suppressed upload by upload, the second (one complex less) gives C2's 4 urgent lettings away (PartnerBodyTests).
        string[] rows = ["C1;BU03440611;59;54;56;44", "C2;BU03440612;44;23;64;4", "C3;BU03440613;68;27;39;28", "C4;BU03440621;48;39;68;13"];
        await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "v1.csv", Encoding.UTF8.GetBytes(Header + string.Join("\r\n", rows) + "\r\n"), new() { ["sjabloon"] = "corporatie-complexen" });
        await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "v2.csv", Encoding.UTF8.GetBytes(Header + string.Join("\r\n", rows.Where(r => !r.StartsWith("C2", StringComparison.Ordinal))) + "\r\n"), new() { ["sjabloon"] = "corporatie-complexen" });

        var views = await Views(coordinator, id);
        Assert.Equal(2, views.Exports.Count);
        Assert.All(views.Exports, export => Assert.Equal(".", export.Single(r => r[0] == "C2")[4]));
        Assert.Contains("afgeschermd over alle leveringen samen", views.Page, StringComparison.Ordinal);

        // The raw figure changes behind the views' back: a view that suppressed again would show it, or other totals.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Wijkmix.Workspace.Storage.WorkspaceDb>();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"PartnerFigures\" SET \"Value\" = 500 WHERE \"Unit\" = 'C2' AND \"Measure\" = 'verhuringen_urgent'");
        }

        var again = await Views(coordinator, id);
        Assert.Equal(views.Exports, again.Exports);
        Assert.Equal(views.PageCells, again.PageCells);
        Assert.Equal(views.ReportCells, again.ReportCells);
    }

    /// <summary>Exports of every upload, and the cells of every upload's table on the page and in the report, in export order.</summary>
    private static async Task<(string Page, List<List<string[]>> Exports, List<List<string>> PageCells, List<List<string>> ReportCells)> Views(Member member, int id)
    {
        var page = await member.GetStringAsync($"/werkruimte/{id}/partnerdata");
        var report = await member.GetStringAsync($"/werkruimte/{id}/rapport");
        var uploads = System.Text.RegularExpressions.Regex.Matches(page, "id=\"levering-(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        var exports = new List<List<string[]>>();
        foreach (var upload in uploads)
        {
            exports.Add(Parse(await member.GetStringAsync($"/werkruimte/{id}/partnerdata?handler=Export&levering={upload}")));
        }

        var pageCells = uploads.Select(u => Cells(page, u)).ToList();
        var reportCells = uploads.Select(u => Cells(report, u)).ToList();
        Assert.Equal(exports.Select(e => e.SelectMany(r => r.Skip(1)).ToList()), pageCells);
        Assert.Equal(pageCells, reportCells);
        return (WebUtility.HtmlDecode(page), exports, pageCells, reportCells);
    }

    private static List<string> Cells(string html, string upload)
    {
        var table = System.Text.RegularExpressions.Regex.Match(html, $"id=\"levering-{upload}\">(.*?)</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        return [.. System.Text.RegularExpressions.Regex.Matches(table, "<td class=\"number\">(.*?)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    /// <summary>Every shown number ≥ threshold; in every row and column a suppressed cell never stands alone.</summary>
    private static void AssertSafe(List<string[]> rows, int threshold)
    {
        foreach (var cell in rows.SelectMany(r => r.Skip(1)).Where(c => c != "."))
        {
            Assert.True(long.Parse(cell, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("nl-NL")) >= threshold, $"shown {cell} < {threshold}");
        }

        foreach (var row in rows)
        {
            Assert.NotEqual(1, row.Skip(1).Count(c => c == "."));
        }

        for (var c = 1; c < rows[0].Length; c++)
        {
            Assert.NotEqual(1, rows.Count(r => r[c] == "."));
        }
    }

    private static List<string[]> Parse(string csv) =>
        [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(';'))];

    private static string UploadId(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "id=\"levering-(\\d+)\"").Groups[1].Value;

    private async Task<(Member Coordinator, Member Partner, int Id)> WorkspaceWithPartner()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner");
        return (coordinator, partner, id);
    }
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class PartnerDataOnSqlite(SqliteApp app) : PartnerDataTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class PartnerDataOnPostgres(PostgresApp app) : PartnerDataTests(app);
