using System.Diagnostics;
using Wijkmix.Data.Tests.Download;

namespace Wijkmix.Cli.Tests;

/// <summary>
/// The proxy settings of the environment, in a child <c>wijkmix</c> process (the default proxy is read
/// once per process): HTTP_PROXY carries the requests, NO_PROXY keeps a host out of it.
/// </summary>
public sealed class DownloadProxyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wijkmix-cli-proxy-" + Guid.NewGuid().ToString("N"));

    public DownloadProxyTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Download_GoesThroughHttpProxy_FromTheEnvironment()
    {
        await using var proxy = await StatServer.StartAsync();

        // No such host: only a proxy can answer for it. The local server answers proxy requests (absolute-form targets).
        var (code, output) = await RunAsync(new() { ["HTTP_PROXY"] = $"http://127.0.0.1:{proxy.Port}", ["NO_PROXY"] = "" },
            "download", "GM0518", "--years", "2019", "--level", "gemeente", "--cbs-url", "http://cbs.wijkmix.invalid/ODataFeed/odata/");

        Assert.True(code == 0, output);
        Assert.Contains("cbs.wijkmix.invalid", proxy.Hosts);
    }

    [Fact]
    public async Task Download_BypassesTheProxy_ForNoProxyHosts()
    {
        await using var server = await StatServer.StartAsync();

        // The proxy is a closed port: the download only works when NO_PROXY keeps 127.0.0.1 away from it.
        var (code, output) = await RunAsync(new() { ["HTTP_PROXY"] = $"http://127.0.0.1:{StatServer.ClosedPort()}", ["NO_PROXY"] = "127.0.0.1" },
            "download", "GM0518", "--years", "2019", "--level", "gemeente", "--cbs-url", server.CbsUrl.ToString());

        Assert.True(code == 0, output);
        Assert.All(server.Hosts, h => Assert.Equal("127.0.0.1", h));
    }

    /// <summary>
    /// The command as built in its own project (same configuration as these tests): this test folder
    /// also holds ASP.NET Core, which takes some packages out of the copy here.
    /// </summary>
    private static string CliProgram()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (here.Name, here.Parent!.Name);
        for (var directory = here; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wijkmix.slnx")))
            {
                return Path.Combine(directory.FullName, "src", "Wijkmix.Cli", "bin", configuration, framework, "wijkmix.dll");
            }
        }

        throw new FileNotFoundException("The repository (Wijkmix.slnx) is not above " + AppContext.BaseDirectory);
    }

    private async Task<(int Code, string Output)> RunAsync(Dictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliProgram());
        foreach (var arg in (string[])["--store", Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"), "--without-demo", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy", "WIJKMIX_CBS_URL", "WIJKMIX_PDOK_URL", "WIJKMIX_CACHE" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
