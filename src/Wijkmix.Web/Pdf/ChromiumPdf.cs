using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Pdf;

/// <summary>The outcome of one render: the PDF, or why there is none (a Dutch or English message for the user).</summary>
public sealed record PdfRender(byte[]? Pdf, string? Problem);

/// <summary>
/// Prints a page's HTML to an A4 PDF with headless Chromium (<c>chromium --headless --print-to-pdf</c>), one render at a
/// time and within a time limit. The HTML is the page the server rendered for the request (so a member's workspace
/// report needs no session of its own); it is written to a temporary folder with a <c>base</c> pointing at the app's own
/// origin for the style sheets, and a content security policy that lets it load styles and images from that origin
/// only and run no script. Chromium's proxy is a dead address that only the app's own origin bypasses, so even a
/// request the policy lets through (a frame's preconnect does) reaches nothing else, not even another local port. Decision 0025.
/// </summary>
public sealed class ChromiumPdf : IDisposable
{
    /// <summary>The Chromium program: a path or a name looked up on PATH; default <c>chromium</c> on PATH.</summary>
    public const string Setting = "Wijkmix:Chromium";

    /// <summary>Seconds a render (including the wait for the one before it) may take.</summary>
    public const string TimeoutSetting = "Wijkmix:PdfTimeoutSeconds";

    /// <summary>The origin Chromium loads the page's style sheets from; default: the address the server listens on.</summary>
    public const string OriginSetting = "Wijkmix:PdfOrigin";

    private readonly SemaphoreSlim _one = new(1, 1);

    public ChromiumPdf(string? executable, TimeSpan timeout)
    {
        Executable = executable;
        Timeout = timeout;
    }

    /// <summary>The full path of the Chromium program; null when it is not installed (then no page offers a PDF).</summary>
    public string? Executable { get; }

    public TimeSpan Timeout { get; }

    public bool IsAvailable => Executable is not null;

    /// <summary>The program named by <paramref name="configured"/> (a path, or a name on PATH), else <c>chromium</c> on PATH; null when none exists.</summary>
    public static string? Find(string? configured, string? path)
    {
        var name = string.IsNullOrWhiteSpace(configured) ? "chromium" : configured.Trim();
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(name) ? Path.GetFullPath(name) : null;
        }

        return (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Prints <paramref name="html"/> to PDF; <paramref name="origin"/> is where its relative links point (the app itself).</summary>
    public async Task<PdfRender> RenderAsync(string html, Uri origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(origin);
        if (Executable is null)
        {
            return new PdfRender(null, Text.PdfUnavailable);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await _one.WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PdfRender(null, string.Format(CultureInfo.CurrentCulture, Text.PdfBusy, Timeout.TotalSeconds));
        }

        var folder = Directory.CreateTempSubdirectory("wijkmix-pdf-").FullName;
        try
        {
            return await RenderInAsync(folder, html, origin, limit.Token, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _one.Release();
            TryDelete(folder);
        }
    }

    /// <summary>The page with a base pointing at the app and a policy that loads nothing from elsewhere and runs no script.</summary>
    public static string Confined(string html, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(origin);
        var self = origin.GetLeftPart(UriPartial.Authority);
        var head = $"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {self}; img-src {self} data:; font-src {self}\">" +
                   $"<base href=\"{self}/\">";
        var at = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? head + html : html.Insert(at + "<head>".Length, head);
    }

    private async Task<PdfRender> RenderInAsync(string folder, string html, Uri origin, CancellationToken limit, CancellationToken caller)
    {
        var page = Path.Combine(folder, "pagina.html");
        var pdf = Path.Combine(folder, "pagina.pdf");
        await File.WriteAllTextAsync(page, Confined(html, origin), Encoding.UTF8, limit).ConfigureAwait(false);
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(folder, pdf, origin))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start)!;
        // Chromium talks a lot on stderr; reading both streams keeps it from blocking on a full pipe.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(limit).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            caller.ThrowIfCancellationRequested();
            return new PdfRender(null, string.Format(CultureInfo.CurrentCulture, Text.PdfTimedOut, Timeout.TotalSeconds));
        }

        await Task.WhenAll(output, errors).ConfigureAwait(false);
        var bytes = File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, limit).ConfigureAwait(false) : [];
        return bytes.Length > 4 && bytes.AsSpan(0, 4).SequenceEqual("%PDF"u8)
            ? new PdfRender(bytes, null)
            : new PdfRender(null, string.Format(CultureInfo.CurrentCulture, Text.PdfFailed, process.ExitCode));
    }

    private static IEnumerable<string> Arguments(string folder, string pdf, Uri origin)
    {
        yield return "--headless";
        // The sandbox needs user namespaces that containers and root lack; the page is our own HTML, confined above.
        yield return "--no-sandbox";
        yield return "--disable-gpu";
        yield return "--disable-dev-shm-usage";
        yield return "--no-first-run";
        yield return "--disable-background-networking";
        yield return "--disable-component-update";
        yield return "--disable-sync";
        yield return "--disable-extensions";
        yield return "--user-data-dir=" + Path.Combine(folder, "profiel");
        // Every request goes to a dead proxy, loopback included (<-loopback>), except those to the app's own origin.
        yield return "--proxy-server=127.0.0.1:9";
        yield return "--proxy-bypass-list=<-loopback>;" + origin.Authority;

        yield return "--no-pdf-header-footer";
        yield return "--print-to-pdf=" + pdf;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may hold a file for a moment after it ends; the system cleans its temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose() => _one.Dispose();
}
