using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// When <c>$WIJKMIX_POSTGRES</c> is not set: a private PostgreSQL server from Debian's <c>postgresql</c> package,
/// in a temporary folder, on 127.0.0.1 and a free port, stopped when the test run ends. As root it runs as the
/// <c>postgres</c> user (the server refuses to run as root).
/// </summary>
internal static class PrivatePostgres
{
    private static readonly Lazy<string> Server = new(Start);

    public static string ConnectionString => Server.Value;

    private static string Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "Deze test heeft PostgreSQL nodig: installeer Debians pakket postgresql (apt-get install postgresql), " +
                "of zet WIJKMIX_POSTGRES op een verbindingsreeks met recht om databases te maken. bash .ci/run doet beide.");
        }

        var folder = Directory.CreateTempSubdirectory("wijkmix-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "postgres", folder);
        }

        var port = FreePort();
        Run(asRoot, Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-A", "trust", "-U", "wijkmix", "--no-sync");
        Run(asRoot, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-w", "-l", Path.Combine(folder, "log"),
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(asRoot, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "stop");
            Directory.Delete(folder, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=wijkmix;Database=postgres";
    }

    private static void Run(bool asPostgres, string program, params string[] arguments) =>
        Run(asPostgres ? "runuser" : program, asPostgres ? ["-u", "postgres", "--", program, .. arguments] : arguments);

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} mislukte ({process.ExitCode}): {errors}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
