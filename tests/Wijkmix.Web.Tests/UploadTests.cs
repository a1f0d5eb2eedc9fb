using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkmix.Web.Tests.Werkruimte;

namespace Wijkmix.Web.Tests;

/// <summary>Uploads on the Gegevens page: validated first, stored all-or-nothing, names encoded on output.</summary>
public sealed class UploadTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private const string Header = "gwb_code;regio;gm_naam;recs;jaar;a_inw";

    /// <summary>
    /// Posts the files as the upload form does. An upload that is accepted runs off the request: its status is the
    /// redirect and its page the progress page once the import has ended; a refused one answers at once.
    /// </summary>
    private static async Task<(HttpStatusCode Status, string Html)> Upload(HttpClient client, params (string Name, string Content)[] files)
    {
        var token = await RunningApp.TokenAsync(client, "/gegevens");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "bestanden", name);
        }

        return await Send(client, form);
    }

    private static async Task<(HttpStatusCode Status, string Html)> Send(HttpClient client, HttpContent form)
    {
        using var response = await client.PostAsync(new Uri("/gegevens", UriKind.Relative), form);
        return (response.StatusCode, response.StatusCode == HttpStatusCode.Redirect
            ? await StoreJobPage.FollowAsync(client, response)
            : await response.Content.ReadAsStringAsync());
    }

    private static bool Stored(string html) => html.Contains("<strong>Opgeslagen.", StringComparison.Ordinal);

    /// <summary>A signed-in site administrator (beheerder): only they may change the shared store.</summary>
    private async Task<HttpClient> Administrator()
    {
        var admin = await Member.RegisterAsync(app, "Bea Beheerder");
        await admin.MakeAdministratorAsync(app);
        return admin.Client;
    }

    private static async Task<int> StoredAreas(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/municipalities", UriKind.Relative))).GetArrayLength();

    [Fact]
    public async Task Malformed_file_is_reported_by_line_and_field_and_nothing_is_stored()
    {
        var client = await Administrator();
        var before = await StoredAreas(client);
        var good = $"{Header}\nGM9991;Proefgemeente;Proefgemeente;Gemeente;2024;1200\n";
        var bad = $"{Header}\nGM9992;Tweede;Tweede;Gemeente;2024;800\nWK999201;Wijk A;Tweede;Wijk;2024;veel\n";
        var (status, html) = await Upload(client, ("goed.csv", good), ("fout.csv", bad));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("Bestanden: goed.csv, fout.csv.", html, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen.", html, StringComparison.Ordinal);
        Assert.Matches("<td>fout.csv</td><td class=\"number\">3</td><td>a_inw</td>", html);
        Assert.Equal(before, await StoredAreas(client));
    }

    [Fact]
    public async Task Leefbaarometer_download_is_detected_stored_and_shown_on_the_profile_and_a_bad_line_is_named()
    {
        var client = await Administrator();
        var real = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", "leefbaarometer", "AmstelveenDataWithDimensions.csv"));
        var bad = real.Replace("4.312819768685171", "vier", StringComparison.Ordinal);
        var (_, refused) = await Upload(client, ("lbm-fout.csv", bad));
        Assert.Contains("Er is niets opgeslagen.", refused, StringComparison.Ordinal);
        Assert.Contains("<td>lbm-fout.csv</td><td class=\"number\">6</td><td>lbm</td>", refused, StringComparison.Ordinal);

        var (_, html) = await Upload(client, ("AmstelveenDataWithDimensions.csv", real));
        Assert.True(Stored(html));
        var profile = await client.GetStringAsync(new Uri("/profiel/WK036201", UriKind.Relative));
        Assert.Contains("<td class=\"number\">4,2706</td>", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_that_is_not_UTF8_is_refused_by_name_and_nothing_is_stored()
    {
        var client = await Administrator();
        var before = await StoredAreas(client);
        var token = await RunningApp.TokenAsync(client, "/gegevens");
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\nGM9996;Zuidoost-Fryslân;Fryslân;Gemeente;2024;300\n");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(latin1), "bestanden", "latin1.csv" } };
        var (status, html) = await Send(client, form);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("<td>latin1.csv</td>", html, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen.", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAreas(client));
    }

    [Fact]
    public async Task Upload_that_contradicts_stored_figures_is_refused_and_the_stored_figure_stays()
    {
        var client = await Administrator();
        var (_, first) = await Upload(client, ("telling.csv", $"{Header}\nGM9995;Telstad;Telstad;Gemeente;2024;1000\n"));
        Assert.True(Stored(first));
        var (_, html) = await Upload(client, ("telling.csv", $"{Header}\nGM9995;Telstad;Telstad;Gemeente;2024;2000\n"));
        Assert.False(Stored(html));
        Assert.Contains("Er is niets opgeslagen.", html, StringComparison.Ordinal);
        Assert.Contains("<td>telling.csv</td><td class=\"number\">–</td><td>–</td><td>De cijfers verschillen van al opgeslagen cijfers", html, StringComparison.Ordinal);
        var profile = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/profile/GM9995?year=2024", UriKind.Relative));
        var inhabitants = profile.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "inhabitants");
        Assert.Equal(1000, inhabitants.GetProperty("value").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task An_upload_stored_before_keeps_the_cached_answers_and_one_that_stores_renews_them()
    {
        var client = await Administrator();
        var data = app.Services.GetRequiredService<Wijkmix.Web.Features.Gegevens.SharedStore>();
        var same = ("zelfde.csv", $"{Header}\nGM9979;Zelfstad;Zelfstad;Gemeente;2024;300\n");
        Assert.True(Stored((await Upload(client, same)).Html));
        var before = data.Info;

        Assert.True(Stored((await Upload(client, same)).Html));
        Assert.Same(before, data.Info);

        Assert.True(Stored((await Upload(client, ("ander.csv", $"{Header}\nGM9978;Anderstad;Anderstad;Gemeente;2024;300\n"))).Html));
        Assert.NotSame(before, data.Info);
    }

    [Fact]
    public async Task Wrong_file_type_and_missing_file_are_refused()
    {
        var client = await Administrator();
        var (status, html) = await Upload(client, ("rapport.pdf", "%PDF-1.4"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Dit bestandstype wordt niet gelezen", html, StringComparison.Ordinal);
        var (none, noneHtml) = await Upload(client);
        Assert.Equal(HttpStatusCode.BadRequest, none);
        Assert.Contains("Kies eerst een bestand.", noneHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_above_the_size_limit_is_refused_with_a_message()
    {
        var client = await Administrator();
        var big = Header + "\n" + string.Concat(Enumerable.Repeat("GM9993;Groot;Groot;Gemeente;2024;1\n", 60_000));
        var token = await RunningApp.TokenAsync(client, "/gegevens");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(big), "bestanden", "groot.csv" } };
        // Announce the body and wait for the server's verdict, so the refusal never races the upload.
        client.DefaultRequestHeaders.ExpectContinue = true;
        using var response = await client.PostAsync(new Uri("/gegevens", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        using var page = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("Bestand te groot", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_without_anti_forgery_token_is_refused()
    {
        using var client = app.Client();
        using var form = new MultipartFormDataContent { { new StringContent(Header), "bestanden", "x.csv" } };
        using var response = await client.PostAsync(new Uri("/gegevens", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Area_name_with_markup_is_stored_and_shown_as_text()
    {
        var client = await Administrator();
        const string name = "<script>alert('x')</script><b>Wijk</b>";
        var file = $"{Header}\nGM9994;Markupstad;Markupstad;Gemeente;2024;5000\nWK999401;{name};Markupstad;Wijk;2024;700\n";
        var (_, html) = await Upload(client, ("markup.csv", file));
        Assert.True(Stored(html));

        foreach (var path in new[] { "/profiel/WK999401", "/kaart?gemeente=GM9994&niveau=wijk", "/kompas?gemeente=GM9994" })
        {
            var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Wijk</b>", page, StringComparison.Ordinal);
        }

        var profile = await client.GetStringAsync(new Uri("/profiel/WK999401", UriKind.Relative));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;Wijk&lt;/b&gt;", profile, StringComparison.Ordinal);
        var api = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/areas/WK999401", UriKind.Relative));
        Assert.Equal(name, api.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Anonymous_upload_is_refused_and_changes_nothing()
    {
        using var client = app.Client();
        var before = await StoredAreas(client);
        var (status, html) = await Upload(client, ("anoniem.csv", $"{Header}\nGM9981;Hernoemd;Hernoemd;Gemeente;2024;5\n"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("Meld u eerst aan als beheerder", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAreas(client));

        var page = await client.GetStringAsync(new Uri("/gegevens", UriKind.Relative));
        Assert.DoesNotContain("type=\"file\"", page, StringComparison.Ordinal);
        Assert.Contains("Aanmelden als beheerder", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_who_is_no_administrator_is_refused_and_the_attempt_is_in_the_administrators_log()
    {
        var member = await Member.RegisterAsync(app, "Piet Partner");
        var before = await StoredAreas(member.Client);
        var (status, html) = await Upload(member.Client, ("poging.csv", $"{Header}\nGM9982;Poging;Poging;Gemeente;2024;5\n"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Uw account is geen beheerder", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAreas(member.Client));

        var admin = await Administrator();
        var (_, stored) = await Upload(admin, ("toegestaan.csv", $"{Header}\nGM9983;Toegestaan;Toegestaan;Gemeente;2024;5\n"));
        Assert.True(Stored(stored));
        var log = await admin.GetStringAsync(new Uri("/gegevens", UriKind.Relative));
        Assert.Matches("<td>Piet Partner \\(piet[^<]*\\)</td><td>geweigerd</td><td>gedeelde cijfers \\(Gegevens\\): upload poging.csv</td>", log);
        Assert.Matches("<td>Bea Beheerder \\(bea[^<]*\\)</td><td>gewijzigd</td><td>gedeelde cijfers \\(Gegevens\\): upload toegestaan.csv</td>", log);
    }

    [Fact]
    public async Task A_file_name_with_control_characters_or_too_long_is_shown_cleaned_and_the_file_is_stored()
    {
        var client = await Administrator();
        var token = await RunningApp.TokenAsync(client, "/gegevens");
        // Written by hand: HttpClient itself refuses a NUL in a file name, a hostile client does not.
        var name = "telling\0" + new string('x', 300) + ".csv";
        var body = string.Join("\r\n",
            "--grens", "Content-Disposition: form-data; name=\"__RequestVerificationToken\"", string.Empty, token,
            "--grens", $"Content-Disposition: form-data; name=\"bestanden\"; filename=\"{name}\"", "Content-Type: text/csv", string.Empty,
            $"{Header}\nGM9984;Lange Naam;Lange Naam;Gemeente;2024;5\n", "--grens--", string.Empty);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=grens");
        var (_, html) = await Send(client, content);

        Assert.True(Stored(html));
        Assert.Contains("<td>telling_" + new string('x', 120 - "telling_".Length - ".csv".Length) + ".csv</td>", html, StringComparison.Ordinal);
        using var stored = await client.GetAsync(new Uri("/api/areas/GM9984", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }
}
