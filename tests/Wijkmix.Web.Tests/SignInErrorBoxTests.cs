using System.Net;

namespace Wijkmix.Web.Tests;

/// <summary>The sign-in page shows its error box only when there is an error (an empty red box read as a failure).</summary>
[Collection(WithDemoData.Name)]
public sealed class SignInErrorBoxTests(RunningApp app)
{
    [Fact]
    public async Task SignIn_NoErrorBoxBeforeAnAttempt_OneWithTheMessageAfterAWrongPassword()
    {
        var client = app.Client();
        var first = await client.GetStringAsync(new Uri("/account/inloggen", UriKind.Relative));

        using var content = new FormUrlEncodedContent(
        [
            new("Email", "niemand@example.nl"), new("Password", "een verkeerd wachtwoord"),
            new("__RequestVerificationToken", await RunningApp.TokenAsync(client, "/account/inloggen")),
        ]);
        using var response = await client.PostAsync(new Uri("/account/inloggen", UriKind.Relative), content);
        var after = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.DoesNotContain("role=\"alert\"", first, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", after, StringComparison.Ordinal);
        Assert.Contains("validation-summary-errors", after, StringComparison.Ordinal);
    }
}
