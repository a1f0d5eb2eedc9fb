using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>A signed-in member as a browser: its own cookie jar; posts forms with the page's anti-forgery token.</summary>
public sealed partial class Member(HttpClient client, string email)
{
    private static int _counter;

    public HttpClient Client { get; } = client;

    public string Email { get; } = email;

    /// <summary>Registers a new local account (unique e-mail) and keeps its sign-in cookie.</summary>
    public static async Task<Member> RegisterAsync(RunningApp app, string name)
    {
        var local = new string([.. name.ToLowerInvariant().Where(char.IsAsciiLetter)]);
        var email = $"{local}.{Interlocked.Increment(ref _counter)}.{Guid.NewGuid():N}"[..40] + "@example.nl";
        var member = new Member(app.Client(), email);
        var response = await member.PostAsync("/account/registreren", null, new() { ["DisplayName"] = name, ["Email"] = email, ["Password"] = "een lang wachtwoord 12" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return member;
    }

    /// <summary>Starts a workspace for a wijk and returns its id; this member becomes coordinator.</summary>
    public async Task<int> CreateWorkspaceAsync(string name = "Binnenstad samen", string area = "WK034406", string organisation = "Gemeente Utrecht")
    {
        var response = await PostAsync("/werkruimte", null, new() { ["Name"] = name, ["Area"] = area, ["Organisation"] = organisation });
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Invites a new account with <paramref name="role"/> (Viewer, ResidentRepresentative, Partner, Coordinator) and lets it accept.</summary>
    public async Task<Member> InviteAsync(RunningApp app, int workspace, string role, string name, string organisation = "Woningcorporatie Portaal")
    {
        var newcomer = await RegisterAsync(app, name);
        var invited = await PostAsync($"/werkruimte/{workspace}/leden", "Invite", new() { ["email"] = newcomer.Email, ["organisatie"] = organisation, ["rol"] = role });
        Assert.Equal(HttpStatusCode.SeeOther, invited.StatusCode);
        var page = await Client.GetStringAsync(new Uri($"/werkruimte/{workspace}/leden", UriKind.Relative));
        var token = LinkPattern().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        var accepted = await newcomer.PostAsync($"/account/uitnodiging/{token}", null, []);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        return newcomer;
    }

    /// <summary>Makes this account a site administrator (beheerder), as the first account of an installation is.</summary>
    public async Task MakeAdministratorAsync(RunningApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Wijkmix.Workspace.Storage.WorkspaceDb>();
        var user = db.Users.Single(u => u.Email == Email);
        user.IsAdministrator = true;
        await db.SaveChangesAsync();
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetStringAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form to <paramref name="path"/> (handler <paramref name="handler"/>) with a fresh token from <paramref name="tokenFrom"/> (the page itself by default).</summary>
    /// <summary>Uploads <paramref name="csv"/> as <paramref name="fileName"/> with more form fields, multipart like a browser.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string path, string? handler, string fileName, byte[] csv, Dictionary<string, string> fields)
    {
        var token = await RunningApp.TokenAsync(Client, path);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token)))
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "bestand", fileName);
        return await Client.PostAsync(new Uri(handler is null ? path : $"{path}?handler={handler}", UriKind.Relative), form);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string? handler, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await RunningApp.TokenAsync(Client, tokenFrom ?? path);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var target = handler is null ? path : $"{path}?handler={handler}";
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    [GeneratedRegex("/account/uitnodiging/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
