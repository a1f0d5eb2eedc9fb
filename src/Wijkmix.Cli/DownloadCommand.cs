using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Download;

namespace Wijkmix.Cli;

/// <summary>
/// <c>wijkmix download GEMEENTE…</c>: KWB figures from CBS OData and boundaries from PDOK, pages
/// cached beside the store, then stored in one transaction or not at all.
/// </summary>
internal static class DownloadCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var municipalities = new Argument<string[]>("gemeenten") { Description = Strings.MunicipalitiesArgument, Arity = ArgumentArity.ZeroOrMore };
        var years = new Option<string>("--years") { Description = Strings.DownloadYearsOption, DefaultValueFactory = _ => "2013-2025" };
        var level = AreasCommand.LevelOption();
        var boundaries = new Option<bool>("--boundaries") { Description = Strings.BoundariesOption };
        var all = new Option<bool>("--all") { Description = Strings.AllOption };
        var cbsUrl = new Option<string?>("--cbs-url") { Description = Strings.CbsUrlOption };
        var pdokUrl = new Option<string?>("--pdok-url") { Description = Strings.PdokUrlOption };
        var offline = new Option<bool>("--offline") { Description = Strings.OfflineOption };
        var replace = new Option<bool>("--replace") { Description = Strings.ReplaceOption };
        var command = new Command("download", Strings.DownloadDescription)
        {
            municipalities, years, level, boundaries, all, cbsUrl, pdokUrl, offline, replace,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var s = session(parse);
            if (ParseYears(parse.GetValue(years)!) is not { } chosenYears)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.DownloadBadYears, parse.GetValue(years)));
                return WijkmixApp.UsageError;
            }

            var defaults = new DownloadSettings { CacheDirectory = DownloadSettings.CacheBeside(s.StorePath) };
            if (!TryUrl(s, parse.GetValue(cbsUrl), "WIJKMIX_CBS_URL", defaults.CbsUrl, out var cbs)
                || !TryUrl(s, parse.GetValue(pdokUrl), "WIJKMIX_PDOK_URL", defaults.PdokUrl, out var pdok))
            {
                return WijkmixApp.UsageError;
            }

            var names = parse.GetValue(municipalities) ?? [];
            if (names.Length == 0 && !parse.GetValue(all))
            {
                s.Console.Fail(Strings.DownloadNoMunicipality);
                return WijkmixApp.UsageError;
            }

            var codes = new List<AreaCode>();
            foreach (var name in parse.GetValue(all) ? [] : names)
            {
                if (Resolve(s, name) is not { } code)
                {
                    return 1;
                }

                codes.Add(code);
            }

            var settings = defaults with { CbsUrl = cbs, PdokUrl = pdok, Offline = parse.GetValue(offline) };
            var request = new DownloadRequest(codes, chosenYears, AreasCommand.ParseLevel(parse.GetValue(level)) ?? AreaLevel.Neighbourhood,
                parse.GetValue(boundaries));
            return await RunAsync(s, settings, request, parse.GetValue(replace), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, DownloadSettings settings, DownloadRequest request, bool replace,
        CancellationToken cancellationToken)
    {
        var console = session.Console;
        using var downloader = new KwbDownloader(settings);
        DownloadResult result;
        try
        {
            result = console.Profile.Capabilities.Interactive
                ? await WithProgressAsync(console, downloader, request, cancellationToken).ConfigureAwait(false)
                : await downloader.DownloadAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            console.Fail(Strings.DownloadCancelled);
            console.Fail(Strings.NothingStored);
            return 1;
        }

        var stored = result.IsValid ? KwbDownloader.Store(session.Store, result, replace) : [];
        if (result.Files.Count > 0)
        {
            console.Write(ImportCommand.SummaryTable(Strings.DownloadSummaryTitle, result.Files, stored));
        }

        if (result.PagesFetched + result.PagesFromCache > 0)
        {
            console.Note(result.PagesFetched == 0
                ? Strings.DownloadAllFromCache
                : string.Format(CultureInfo.CurrentCulture, Strings.DownloadPages, result.PagesFetched, result.PagesFromCache, settings.CacheDirectory));
        }

        var conflicts = stored.Where(r => r.Conflict is not null).Select(r => r.Conflict!).ToList();
        if (result.IsValid && conflicts.Count == 0)
        {
            return 0;
        }

        console.Fail(Strings.Problems);
        foreach (var problem in result.AllProblems)
        {
            console.WriteLine("  " + problem);
        }

        foreach (var conflict in conflicts)
        {
            console.WriteLine("  " + conflict);
        }

        console.Fail(Strings.NothingStored);
        return 1;
    }

    private static async Task<DownloadResult> WithProgressAsync(IAnsiConsole console, KwbDownloader downloader, DownloadRequest request,
        CancellationToken cancellationToken)
    {
        DownloadResult? result = null;
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
            // Reported inline, in order: Progress<T> would post to the thread pool and race on the task list.
            var progress = new InlineProgress(p =>
            {
                if (!tasks.TryGetValue(p.Item, out var task))
                {
                    foreach (var done in tasks.Values)
                    {
                        done.StopTask();
                    }

                    task = tasks[p.Item] = context.AddTask(Markup.Escape(p.Item)).IsIndeterminate();
                }

                task.Description = Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.DownloadProgress, p.Item, p.Pages, p.Rows));
            });
            result = await downloader.DownloadAsync(request, progress, cancellationToken).ConfigureAwait(false);
            foreach (var task in tasks.Values)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }).ConfigureAwait(false);
        return result!;
    }

    /// <summary>A gemeente by code (also one the store does not hold yet) or by name through the store's area search.</summary>
    private static AreaCode? Resolve(CliSession session, string text)
    {
        if (AreaCode.TryParse(text.Trim().ToUpperInvariant(), out var code) && code.Level == AreaLevel.Municipality)
        {
            return code;
        }

        if (session.ResolveArea(text, AreaLevel.Municipality) is not { } area)
        {
            return null;
        }

        if (area.Level != AreaLevel.Municipality)
        {
            session.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.DownloadNotAMunicipality, CliSession.Describe(area)));
            return null;
        }

        return area.Code;
    }

    /// <summary>"2019", "2013-2025", "2019,2021-2023"; null when a part is not a year range.</summary>
    internal static IReadOnlyList<int>? ParseYears(string text)
    {
        var years = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', 2, StringSplitOptions.TrimEntries);
            if (!int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(bounds[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || from < 1900 || to > 2100 || to < from)
            {
                return null;
            }

            for (var y = from; y <= to; y++)
            {
                years.Add(y);
            }
        }

        return years.Count > 0 ? years.ToList() : null;
    }

    /// <summary>The option, else the environment variable, else the default; false (with a message) for a malformed address.</summary>
    private static bool TryUrl(CliSession session, string? option, string variable, Uri fallback, out Uri url)
    {
        var text = option ?? Environment.GetEnvironmentVariable(variable);
        url = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            url = parsed;
            return true;
        }

        session.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.DownloadBadUrl, text));
        return false;
    }

    private sealed class InlineProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
