using System.Net;
using System.Net.Sockets;
using Wijkmix.Web.Pdf;

namespace Wijkmix.Web.Tests;

/// <summary>
/// The PDF renderer on its own: it finds Chromium as the setting says, loads nothing from any origin but the app's
/// own (also on loopback, where no proxy rule helps), and stops a render that takes too long, leaving no temp files.
/// </summary>
public sealed class ChromiumPdfTests
{
    private static string? Chromium => ChromiumPdf.Find(Environment.GetEnvironmentVariable("WIJKMIX_CHROMIUM"), Environment.GetEnvironmentVariable("PATH"));

    [Fact]
    public void Find_takes_a_path_or_a_name_on_PATH_and_nothing_else()
    {
        var folder = Directory.CreateTempSubdirectory("wijkmix-find-").FullName;
        try
        {
            var program = Path.Combine(folder, "chromium");
            File.WriteAllText(program, string.Empty);

            Assert.Equal(program, ChromiumPdf.Find(null, "/geen/map" + Path.PathSeparator + folder));
            Assert.Equal(program, ChromiumPdf.Find(program, null));
            Assert.Null(ChromiumPdf.Find("/geen/chromium", folder));
            Assert.Null(ChromiumPdf.Find("chromium-browser", folder));
            Assert.Null(ChromiumPdf.Find(null, "/geen/map"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Render_loads_nothing_from_another_origin_not_even_on_loopback()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;
        var visits = 0;
        using var stop = new CancellationTokenSource();
        var listening = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await other.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref visits);
            }
        });
        var html = "<!DOCTYPE html><html><head><title>Spion</title></head><body><h1>Eigen pagina</h1>" +
                   $"<img src=\"http://127.0.0.1:{port}/spion.png\" alt=\"\"><link rel=\"stylesheet\" href=\"http://localhost:{port}/spion.css\">" +
                   $"<script src=\"http://127.0.0.1:{port}/spion.js\"></script><iframe src=\"http://127.0.0.1:{port}/\" title=\"spion\"></iframe></body></html>";
        using var renderer = new ChromiumPdf(Chromium, TimeSpan.FromSeconds(60));

        var render = await renderer.RenderAsync(html, new Uri("http://127.0.0.1:9/"), CancellationToken.None);
        await stop.CancelAsync();
        other.Stop();
        await Assert.ThrowsAnyAsync<Exception>(() => listening);

        Assert.Null(render.Problem);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(render.Pdf!, 0, 4), StringComparison.Ordinal);
        Assert.Equal(0, visits);
    }

    [Fact]
    public async Task A_render_that_takes_too_long_is_stopped_with_a_Dutch_message_and_its_files_removed()
    {
        var folder = Directory.CreateTempSubdirectory("wijkmix-slow-").FullName;
        try
        {
            // A "Chromium" that never prints: it only waits.
            var program = Path.Combine(folder, "chromium");
            File.WriteAllText(program, "#!/bin/sh\nsleep 60\n");
            Assert.False(OperatingSystem.IsWindows(), "the stand-in is a shell script");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }

            var before = Directory.GetDirectories(Path.GetTempPath(), "wijkmix-pdf-*").Length;
            using var renderer = new ChromiumPdf(program, TimeSpan.FromSeconds(2));

            var render = await renderer.RenderAsync("<html><head></head><body>traag</body></html>", new Uri("http://127.0.0.1:9/"), CancellationToken.None);

            Assert.Null(render.Pdf);
            Assert.Equal("Het maken van de PDF duurde langer dan 2 seconden en is afgebroken.", render.Problem);
            Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "wijkmix-pdf-*").Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Confined_page_points_at_the_app_and_allows_no_script_and_no_other_origin()
    {
        var page = ChromiumPdf.Confined("<html><head><title>t</title></head><body></body></html>", new Uri("http://127.0.0.1:5080/factsheet?gebied=GM0344"));

        Assert.StartsWith("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src http://127.0.0.1:5080; img-src http://127.0.0.1:5080 data:; font-src http://127.0.0.1:5080\"><base href=\"http://127.0.0.1:5080/\"><title>", page, StringComparison.Ordinal);
    }
}
