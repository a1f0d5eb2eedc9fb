using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// Starting a workspace picks the gemeente first (by name, typos forgiven), then one of its own areas: not one list of
/// every wijk of the country. The goal form says which years have figures for its area.
/// </summary>
public abstract partial class WorkspaceStartTests(RunningApp app)
{
    [Fact]
    public async Task The_gemeente_is_found_by_name_first_and_only_its_own_areas_are_offered()
    {
        var member = await Member.RegisterAsync(app, "Wim Wijkregisseur");

        var first = WebUtility.HtmlDecode(await member.Client.GetStringAsync(new Uri("/werkruimte", UriKind.Relative)));
        Assert.DoesNotContain("<select id=\"gebied\"", first, StringComparison.Ordinal);
        Assert.Contains("Kies eerst de gemeente", first, StringComparison.Ordinal);

        var chosen = WebUtility.HtmlDecode(await member.Client.GetStringAsync(new Uri("/werkruimte?zoek=Utrecht", UriKind.Relative)));
        Assert.Contains("Gemeente: Utrecht.", chosen, StringComparison.Ordinal);
        var options = Options().Matches(chosen).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("GM0344", options);
        Assert.Contains("WK034403", options);       // Overvecht
        Assert.Contains(options, o => o.StartsWith("BU034403", StringComparison.Ordinal));
        Assert.All(options, o => Assert.Contains("0344", o, StringComparison.Ordinal));
        // Utrecht's 10 wijken (KWB 2024) under "Wijken", not the 3,574 of the country.
        Assert.Equal(10, options.Count(o => o.StartsWith("WK", StringComparison.Ordinal)));

        // A refused start keeps the gemeente's list.
        var refused = await member.PostAsync("/werkruimte", null, new() { ["Name"] = "", ["Area"] = "WK034403", ["Organisation"] = "Gemeente Utrecht", ["gemeente"] = "GM0344" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Gemeente: Utrecht.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_goal_form_names_the_years_with_figures_for_its_area()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: "WK034403");
        var form = WebUtility.HtmlDecode(await coordinator.Client.GetStringAsync(new Uri($"/werkruimte/{id}/doelen/bewerken", UriKind.Relative)));

        // The new goal's default indicator has no figure for Overvecht in any bundled year: the form says so.
        Assert.Equal("Voor Huishoudens met laag inkomen (%) in Wijk 03 Overvecht heeft de opslag geen cijfers; kies een ander gebied of een andere indicator.",
            Hint(form));
        var rows = Regex.Matches(form, "<tr><td>([^<]+)</td><td>([^<]+)</td></tr>").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        // WK034403 is in the KWB files of 2019 and 2021 (the G4 buurt files), 2023 (Utrecht) and 2024 (all wijken): data/PROVENANCE.md.
        Assert.Equal("2019, 2021, 2023, 2024", rows["Inwoners"]);
        Assert.Equal("2023", rows["Corporatiewoningen (%)"]);
        Assert.Equal("geen", rows["Huishoudens met laag inkomen (%)"]);

        // A goal on inhabitants: its edit form names that indicator's years.
        var saved = await coordinator.PostAsync($"/werkruimte/{id}/doelen/bewerken", null, new()
        {
            ["titel"] = "Inwoners", ["indicator"] = "cbs:inhabitants", ["eigenIndicator"] = "", ["gebied"] = "WK034403", ["nulmetingsjaar"] = "2021",
            ["nulmeting"] = "", ["streefwaarde"] = "36000", ["doeljaar"] = "2030", ["beleving"] = "", ["versie"] = "0",
        });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var goal = saved.Headers.Location!.OriginalString.Split("#doel-")[1];
        var edit = WebUtility.HtmlDecode(await coordinator.Client.GetStringAsync(new Uri($"/werkruimte/{id}/doelen/bewerken/{goal}", UriKind.Relative)));
        Assert.Equal("Jaren met cijfers voor Inwoners in Wijk 03 Overvecht: 2019, 2021, 2023, 2024.", Hint(edit));
    }

    private static string Hint(string form) => Regex.Match(form, "<p id=\"jaren-uitleg\" class=\"muted\">([^<]+)</p>").Groups[1].Value;

    [GeneratedRegex("<option value=\"([^\"]+)\"")]
    private static partial Regex Options();
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class WorkspaceStartOnSqlite(SqliteApp app) : WorkspaceStartTests(app);
