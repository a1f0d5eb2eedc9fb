using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.LoadTest;

/// <summary>One member as a browser: a cookie jar, no redirects followed, forms posted with the anti-forgery token.</summary>
internal sealed partial class Session(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public string Email { get; } = $"lid{Guid.NewGuid():N}@example.nl";

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, CancellationToken cancel = default)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), cancel).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false));
    }

    /// <summary>Posts fields with the token found in <paramref name="page"/> (HTML of a page this member just read).</summary>
    public async Task<(HttpStatusCode Status, string? Location)> PostAsync(string path, string page, Dictionary<string, string> fields, CancellationToken cancel = default)
    {
        fields["__RequestVerificationToken"] = Token(page);
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content, cancel).ConfigureAwait(false);
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    /// <summary>Posts <paramref name="files"/> as one multipart form field, with the token found in <paramref name="page"/>.</summary>
    public async Task<(HttpStatusCode Status, string? Location)> UploadAsync(string path, string page, string field, IReadOnlyList<string> files, CancellationToken cancel = default)
    {
        using var form = new MultipartFormDataContent { { new StringContent(Token(page)), "__RequestVerificationToken" } };
        foreach (var file in files)
        {
            form.Add(new StreamContent(File.OpenRead(file)), field, Path.GetFileName(file));
        }

        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), form, cancel).ConfigureAwait(false);
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
