using System.Diagnostics;
using Wijkmix.Cli;
using Wijkmix.Data.Store;

namespace Wijkmix.Fuzz;

/// <summary>What a run found for one importer.</summary>
public sealed record FuzzReport(
    string Importer, int Inputs, int Accepted, int Refused, int Crashes, int Hangs, int WrongFigures, int StoreChanges,
    int AcceptedReferenceRefused, long PeakWorkingSetBytes, double Seconds, double SlowestSeconds, string SlowestInput,
    IReadOnlyDictionary<string, double> SecondsByMutation, IReadOnlyList<string> Findings)
{
    public bool Clean => Crashes == 0 && Hangs == 0 && WrongFigures == 0 && StoreChanges == 0;
}

/// <summary>
/// Feeds generated inputs to one importer and judges each: an exception is a crash, more than the hang limit a
/// hang; an accepted input must be plausible, must not be one that only a refusal fits, and must give the
/// same figures as its canonical file; a refused input, run through <c>wijkmix import</c>, must exit non-zero
/// and leave the store's fingerprint as it was.
/// </summary>
public sealed class FuzzRunner(FuzzTarget target, string folder)
{
    private readonly List<string> _findings = [];

    public FuzzReport Run(int inputs, int seed, TimeSpan hangLimit)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.Combine(folder, "invoer"));
        Directory.CreateDirectory(Path.Combine(folder, "referentie"));
        foreach (var sibling in target.Siblings)
        {
            File.Copy(sibling, Path.Combine(folder, "invoer", Path.GetFileName(sibling)), overwrite: true);
            File.Copy(sibling, Path.Combine(folder, "referentie", Path.GetFileName(sibling)), overwrite: true);
        }

        var store = Path.Combine(folder, "store.db");
        var fingerprint = target.ChecksStore ? PrepareStore(store) : null;
        var counts = new Dictionary<Verdict, int>();
        var referenceRefused = 0;
        var random = new Random(seed);
        var slowest = (Seconds: 0.0, Input: string.Empty);
        var byMutation = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < inputs; i++)
        {
            var input = target.Generate(random);
            var started = Stopwatch.GetTimestamp();
            var verdict = Judge(i, input, hangLimit, store, ref fingerprint, ref referenceRefused);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var kind = input.Mutation.Split('-')[0];
            byMutation[kind] = byMutation.GetValueOrDefault(kind) + seconds;
            if (seconds > slowest.Seconds)
            {
                slowest = (seconds, $"#{i} {input.Mutation} ({input.Bytes.Length} bytes)");
            }

            counts[verdict] = counts.GetValueOrDefault(verdict) + 1;
            if (verdict == Verdict.Hang)
            {
                break; // the hung reader still runs on its thread; the run cannot go on fairly
            }
        }

        using var self = Process.GetCurrentProcess();
        return new FuzzReport(target.Name, counts.Values.Sum(), counts.GetValueOrDefault(Verdict.Accepted), counts.GetValueOrDefault(Verdict.Refused),
            counts.GetValueOrDefault(Verdict.Crash), counts.GetValueOrDefault(Verdict.Hang), counts.GetValueOrDefault(Verdict.WrongFigures),
            counts.GetValueOrDefault(Verdict.StoreChanged), referenceRefused, self.PeakWorkingSet64, clock.Elapsed.TotalSeconds, slowest.Seconds, slowest.Input,
            byMutation, _findings);
    }

    private Verdict Judge(int index, FuzzInput input, TimeSpan hangLimit, string store, ref string? fingerprint, ref int referenceRefused)
    {
        var path = Path.Combine(folder, "invoer", input.FileName);
        File.WriteAllBytes(path, input.Bytes);
        var run = Task.Run(() => target.Product(path));
        try
        {
            if (!run.Wait(hangLimit))
            {
                return Found(index, input, Verdict.Hang, $"langer dan {hangLimit.TotalSeconds:0} s");
            }
        }
        catch (AggregateException e)
        {
            return Found(index, input, Verdict.Crash, e.InnerException!.GetType().Name + ": " + e.InnerException.Message);
        }

        var outcome = run.Result;
        if (!outcome.Accepted)
        {
            return fingerprint is null ? Verdict.Refused : CheckStore(index, input, path, store, ref fingerprint);
        }

        if (target.Implausible(outcome).FirstOrDefault() is { } implausible)
        {
            return Found(index, input, Verdict.WrongFigures, "onaannemelijk opgeslagen: " + implausible);
        }

        if (input.Expect == Expectation.Refuse)
        {
            return Found(index, input, Verdict.WrongFigures, "aanvaard, maar alleen weigeren past");
        }

        var canonical = input.Plain is null ? null : target.Canonical(input.Plain);
        if (canonical is null)
        {
            referenceRefused++;
            return Verdict.Accepted;
        }

        var referencePath = Path.Combine(folder, "referentie", target.FileName);
        File.WriteAllBytes(referencePath, canonical);
        var reference = target.Product(referencePath);
        if (!reference.Accepted)
        {
            referenceRefused++;
            return Verdict.Accepted;
        }

        if (!reference.Facts.SequenceEqual(outcome.Facts, StringComparer.Ordinal))
        {
            var first = outcome.Facts.Except(reference.Facts).Concat(reference.Facts.Except(outcome.Facts).Select(f => "ontbreekt " + f)).FirstOrDefault();
            return Found(index, input, Verdict.WrongFigures, $"{outcome.Facts.Count} feiten, referentie {reference.Facts.Count}; eerste verschil: {first}");
        }

        return Verdict.Accepted;
    }

    /// <summary>A refused input through <c>wijkmix import</c>: a non-zero exit, and the store exactly as before.</summary>
    private Verdict CheckStore(int index, FuzzInput input, string path, string store, ref string? fingerprint)
    {
        int exit;
        try
        {
            exit = WijkmixApp.Run(["import", path, "--store", store, "--without-demo"], TextWriter.Null, TextWriter.Null);
        }
        catch (Exception e)
        {
            return Found(index, input, Verdict.Crash, "wijkmix import: " + e.GetType().Name + ": " + e.Message);
        }

        using var opened = WijkmixStore.Open(store);
        var after = opened.Fingerprint();
        if (exit == 0 || after != fingerprint)
        {
            var changed = after != fingerprint;
            fingerprint = after;
            return Found(index, input, Verdict.StoreChanged, $"wijkmix import gaf code {exit}; opslag {(changed ? "veranderd" : "gelijk")}");
        }

        return Verdict.Refused;
    }

    private string PrepareStore(string store)
    {
        File.Delete(store);
        var seedPath = Path.Combine(folder, "invoer", target.FileName);
        File.WriteAllBytes(seedPath, target.Seed);
        var exit = WijkmixApp.Run(["import", seedPath, "--store", store, "--without-demo"], TextWriter.Null, TextWriter.Null);
        if (exit != 0)
        {
            throw new InvalidOperationException($"The seed of {target.Name} is refused by wijkmix import (exit {exit}).");
        }

        using var opened = WijkmixStore.Open(store);
        return opened.Fingerprint();
    }

    private Verdict Found(int index, FuzzInput input, Verdict verdict, string what)
    {
        if (_findings.Count < 50)
        {
            var saved = Path.Combine(folder, "vondsten", $"{index:00000}-{verdict}-{input.Mutation}-{input.FileName}");
            Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
            File.WriteAllBytes(saved, input.Bytes);
            _findings.Add($"{verdict} #{index} ({input.Mutation}, {input.Bytes.Length} bytes): {what} → {saved}");
        }

        return verdict;
    }
}
