using System.Net;
using Wijkmix.Web.Tests.Werkruimte;

namespace Wijkmix.Web.Tests;

/// <summary>An empty app that believes the forwarded headers of a reverse proxy on 127.0.0.1.</summary>
public sealed class BehindProxyApp : RunningApp
{
    protected override bool WithDemo => false;

    protected override IEnumerable<string> Settings => ["--Wijkmix:ReverseProxy", "127.0.0.1"];
}

/// <summary>Headers, cookies and sign-out as a hosting municipality needs them.</summary>
public sealed class HardeningTests(BehindProxyApp proxied, EmptyApp plain) : IClassFixture<BehindProxyApp>, IClassFixture<EmptyApp>
{
    private static async Task<HttpResponseMessage> GetAsHttpsThroughProxy(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        // HSTS is never sent to localhost; the proxy forwards the public host name.
        request.Headers.Host = "wijkmix.gemeente.example";
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task No_response_names_the_server_software()
    {
        using var client = proxied.Client();
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/municipalities", UriKind.Relative));
        Assert.False(page.Headers.Contains("Server"));
        Assert.False(api.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Https_through_a_trusted_proxy_gets_HSTS_and_secure_cookies()
    {
        using var client = proxied.Client();
        using var response = await GetAsHttpsThroughProxy(client, "/account/inloggen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"max-age={(int)TimeSpan.FromDays(365).TotalSeconds}", string.Join(";", response.Headers.GetValues("Strict-Transport-Security")));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        // The plain app names no reverse proxy: a client on 127.0.0.1 cannot claim HTTPS.
        using var client = plain.Client();
        using var response = await GetAsHttpsThroughProxy(client, "/account/inloggen");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Signing_out_ends_every_copy_of_the_identity_cookie()
    {
        var jar = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false };
        var email = $"kees.{Guid.NewGuid():N}@example.nl";
        var member = new Member(new HttpClient(handler) { BaseAddress = proxied.BaseAddress }, email);
        using var registered = await member.PostAsync("/account/registreren", null,
            new() { ["DisplayName"] = "Kees Kopie", ["Email"] = email, ["Password"] = "een lang wachtwoord 12" });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        // A copy of the identity cookie in another client, as someone who took it from the browser would use it.
        var identity = jar.GetAllCookies().Single(c => c.Name == "wijkmix.id");
        using var thief = proxied.Client();
        thief.DefaultRequestHeaders.Add("Cookie", $"{identity.Name}={identity.Value}");

        using var before = await thief.GetAsync(new Uri("/werkruimte", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var signOut = await member.PostAsync("/account/uitloggen", null, [], tokenFrom: "/werkruimte");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var after = await thief.GetAsync(new Uri("/werkruimte", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/inloggen", after.Headers.Location!.AbsolutePath);
    }
}
