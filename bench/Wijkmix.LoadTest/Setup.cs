using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.LoadTest;

/// <summary>Before the clock starts: a coordinator makes a workspace for Utrecht's Binnenstad and invites the other members.</summary>
internal static partial class Setup
{
    public static async Task<(int Workspace, IReadOnlyList<Session> Members)> MembersAsync(Uri baseAddress, int count)
    {
        var coordinator = await RegisterAsync(baseAddress, "Coördinator").ConfigureAwait(false);
        var start = (await coordinator.GetAsync("/werkruimte").ConfigureAwait(false)).Body;
        var (_, location) = await coordinator.PostAsync("/werkruimte", start, new() { ["Name"] = "Binnenstad belasting", ["Area"] = "WK034406", ["Organisation"] = "Gemeente Utrecht" }).ConfigureAwait(false);
        var workspace = int.Parse(location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var members = new List<Session> { coordinator };
        string[] roles = ["Partner", "ResidentRepresentative", "Partner", "Viewer"];
        for (var i = 1; i < count; i++)
        {
            var member = await RegisterAsync(baseAddress, $"Lid {i}").ConfigureAwait(false);
            var page = (await coordinator.GetAsync($"/werkruimte/{workspace}/leden").ConfigureAwait(false)).Body;
            await coordinator.PostAsync($"/werkruimte/{workspace}/leden?handler=Invite", page, new() { ["email"] = member.Email, ["organisatie"] = $"Organisatie {i}", ["rol"] = roles[i % roles.Length] }).ConfigureAwait(false);
            var link = LinkPattern().Match((await coordinator.GetAsync($"/werkruimte/{workspace}/leden").ConfigureAwait(false)).Body).Groups[1].Value;
            var invitation = (await member.GetAsync($"/account/uitnodiging/{link}").ConfigureAwait(false)).Body;
            var (status, _) = await member.PostAsync($"/account/uitnodiging/{link}", invitation, []).ConfigureAwait(false);
            if (status != HttpStatusCode.SeeOther)
            {
                throw new InvalidOperationException($"Uitnodiging {i} niet aangenomen: {(int)status}");
            }

            members.Add(member);
        }

        return (workspace, members);
    }

    public static async Task<Session> RegisterAsync(Uri baseAddress, string name)
    {
        var session = new Session(baseAddress);
        var page = (await session.GetAsync("/account/registreren").ConfigureAwait(false)).Body;
        var (status, _) = await session.PostAsync("/account/registreren", page, new() { ["DisplayName"] = name, ["Email"] = session.Email, ["Password"] = "een lang wachtwoord 12" }).ConfigureAwait(false);
        return status == HttpStatusCode.Redirect ? session : throw new InvalidOperationException($"Aanmelden van {name} mislukt: {(int)status}");
    }

    [GeneratedRegex("/account/uitnodiging/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
