using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Pdf;

/// <summary>
/// Lets a page answer <c>?format=pdf</c> with itself as PDF: the page renders as usual for the request (with the
/// visitor's language and, in a workspace, the member's rights, after every check the page makes), the HTML is caught
/// instead of sent, and <see cref="ChromiumPdf"/> prints it. A page that answers anything but its own content (a
/// redirect, 400, 404) answers that, unprinted. Without Chromium the answer is 503 with a problem document.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed partial class PdfPageAttribute(string name) : Attribute, IAsyncResultFilter
{
    public const string Parameter = "format";

    public const string Value = "pdf";

    /// <summary>Whether the request asks for the PDF.</summary>
    public static bool Wanted(HttpRequest request) =>
        string.Equals(request?.Query[Parameter].ToString(), Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The address of the PDF of the page the request shows (same query, with <c>format=pdf</c>).</summary>
    public static string Link(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? string.Empty)))
            .Append(Parameter + "=" + Value);
        return request.PathBase + request.Path + "?" + string.Join('&', query);
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        // A page that refused the question (400 for an unknown area) answers that, unprinted.
        if (!Wanted(http.Request) || context.Result is not PageResult || http.Response.StatusCode != StatusCodes.Status200OK)
        {
            await next().ConfigureAwait(false);
            return;
        }

        var renderer = http.RequestServices.GetRequiredService<ChromiumPdf>();
        if (!renderer.IsAvailable)
        {
            context.Result = Problem(Text.PdfUnavailable, StatusCodes.Status503ServiceUnavailable);
            await next().ConfigureAwait(false);
            return;
        }

        var response = http.Response;
        var body = response.Body;
        using var page = new MemoryStream();
        response.Body = page;
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode != StatusCodes.Status200OK)
        {
            page.Position = 0;
            await page.CopyToAsync(body, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var html = Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length);
        var render = await renderer.RenderAsync(html, Origin(http), http.RequestAborted).ConfigureAwait(false);
        response.Headers.ContentLength = null;
        if (render.Pdf is not { } pdf)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await TypedResults.Problem(render.Problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: Text.PdfProblemTitle)
                .ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        response.ContentType = "application/pdf";
        response.Headers.ContentDisposition = $"inline; filename=\"{FileName(http)}\"";
        response.ContentLength = pdf.Length;
        await body.WriteAsync(pdf, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The file name: the page's name and the area, workspace and year it shows (letters, digits and dashes only).</summary>
    public string FileName(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var parts = new[] { name, http.GetRouteValue("id")?.ToString(), http.Request.Query["gebied"].ToString(), http.Request.Query["jaar"].ToString() }
            .Where(p => !string.IsNullOrEmpty(p))
            .Select(p => Unsafe().Replace(p!, string.Empty))
            .Where(p => p.Length > 0);
        return string.Join('-', parts) + ".pdf";
    }

    /// <summary>The app's own origin for Chromium: the setting, else the first address the server listens on (a wildcard host as loopback).</summary>
    private static Uri Origin(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()[ChromiumPdf.OriginSetting];
        if (Uri.TryCreate(configured, UriKind.Absolute, out var set))
        {
            return set;
        }

        var addresses = http.RequestServices.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
                      ?? $"{http.Request.Scheme}://127.0.0.1:{http.Connection.LocalPort.ToString(CultureInfo.InvariantCulture)}";
        var loopback = Wildcard().Replace(address, m => m.Groups[1].Value + (m.Groups[2].Value == "[::]" ? "[::1]" : "127.0.0.1"));
        return new Uri(loopback);
    }

    private static ObjectResult Problem(string detail, int status) =>
        new(new ProblemDetails { Title = Text.PdfProblemTitle, Detail = detail, Status = status }) { StatusCode = status, ContentTypes = { "application/problem+json" } };

    [GeneratedRegex("[^A-Za-z0-9]")]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"^(https?://)(\*|\+|0\.0\.0\.0|\[::\])(?=[:/]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Wildcard();
}
