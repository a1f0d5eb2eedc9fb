using System.Net;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>The routekaart: shared answers with their history, and no lost update when two members save at once.</summary>
public abstract class RoutekaartTests(RunningApp app)
{
    [Fact]
    public async Task Answers_keep_every_version_in_the_history()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner");

        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.PostAsync($"/werkruimte/{id}/routekaart", null, new() { ["stap"] = "1", ["revisie"] = "0", ["tekst"] = "Iedereen kan hier wonen & meedoen." })).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await partner.PostAsync($"/werkruimte/{id}/routekaart", null, new() { ["stap"] = "1", ["revisie"] = "1", ["tekst"] = "Iedereen kan hier wonen, meedoen en blijven." })).StatusCode);

        var page = await partner.GetStringAsync($"/werkruimte/{id}/routekaart");
        Assert.Contains("Iedereen kan hier wonen, meedoen en blijven.", page, StringComparison.Ordinal);
        Assert.Contains("Versie 2, door Piet Partner (Woningcorporatie Portaal)", page, StringComparison.Ordinal);
        var history = await coordinator.GetStringAsync($"/werkruimte/{id}/routekaart/1");
        Assert.Contains("Iedereen kan hier wonen &amp; meedoen.", history, StringComparison.Ordinal);
        Assert.Contains("Door Anna Coördinator (Gemeente Utrecht)", history, StringComparison.Ordinal);
        Assert.True(history.IndexOf("Versie 2", StringComparison.Ordinal) < history.IndexOf("Versie 1", StringComparison.Ordinal), "newest first");
    }

    [Fact]
    public async Task Two_members_saving_the_same_version_lose_nothing_and_the_second_is_told()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var resident = await coordinator.InviteAsync(app, id, "ResidentRepresentative", "Rita Bewoner", "Bewonersorganisatie Binnenstad");

        // Both opened the page at revision 0; the coordinator saves first.
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.PostAsync($"/werkruimte/{id}/routekaart", null, new() { ["stap"] = "5", ["revisie"] = "0", ["tekst"] = "Jongeren zijn nog niet aan boord." })).StatusCode);
        var late = await resident.PostAsync($"/werkruimte/{id}/routekaart", null, new() { ["stap"] = "5", ["revisie"] = "0", ["tekst"] = "Ouderen in de flats doen niet mee." });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var body = await late.Content.ReadAsStringAsync();
        Assert.Contains("Stap 5 is intussen gewijzigd door Anna Coördinator (Gemeente Utrecht)", body, StringComparison.Ordinal);
        Assert.Contains(">Ouderen in de flats doen niet mee.</textarea>", body, StringComparison.Ordinal);
        var history = await resident.GetStringAsync($"/werkruimte/{id}/routekaart/5");
        Assert.Contains("Jongeren zijn nog niet aan boord.", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Ouderen in de flats", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_cannot_answer_and_the_refusal_is_logged()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var viewer = await coordinator.InviteAsync(app, id, "Viewer", "Victor Kijker", "Gemeenteraad");

        var refused = await viewer.PostAsync($"/werkruimte/{id}/routekaart", null, new() { ["stap"] = "1", ["revisie"] = "0", ["tekst"] = "Mag dit?" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Mag dit?", await viewer.GetStringAsync($"/werkruimte/{id}/routekaart/1"), StringComparison.Ordinal);
        var log = await coordinator.GetStringAsync($"/werkruimte/{id}/logboek");
        Assert.Contains("geweigerd", log, StringComparison.Ordinal);
        Assert.Contains("routekaart (POST)", log, StringComparison.Ordinal);
        Assert.Contains($"Victor Kijker ({viewer.Email})", log, StringComparison.Ordinal);
    }
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class RoutekaartOnSqlite(SqliteApp app) : RoutekaartTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class RoutekaartOnPostgres(PostgresApp app) : RoutekaartTests(app);
