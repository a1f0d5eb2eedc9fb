using System.Diagnostics;
using System.Globalization;
using Wijkmix.LoadTest;

// Load test of the wijk workspace: N members of one workspace (signed in, each with its own cookies) read pages
// and answer routekaart steps at once for a number of seconds against a running server.
// Usage: dotnet run -c Release --project bench/Wijkmix.LoadTest -- http://127.0.0.1:5099 [members=50] [seconds=60]
// Or the public API while an administrator uploads files (PublicApi):
//        dotnet run -c Release --project bench/Wijkmix.LoadTest -- http://127.0.0.1:5099 public clients seconds bench/load/api-paths.txt file…
var baseAddress = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5099");
if (args.Length > 1 && args[1] == "public")
{
    return await PublicApi.RunAsync(baseAddress, int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args[4], args[5..]);
}

var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60;

Console.WriteLine($"Voorbereiden: {count} leden aanmelden en uitnodigen bij {baseAddress} …");
var (workspace, members) = await Setup.MembersAsync(baseAddress, count);
var log = new RequestLog();
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var clock = Stopwatch.StartNew();
await Task.WhenAll(members.Select((m, i) => Task.Run(() => Work.RunAsync(m, workspace, i, log, stop.Token))));
clock.Stop();
log.Print(clock.Elapsed);
return log.Errors == 0 ? 0 : 1;
