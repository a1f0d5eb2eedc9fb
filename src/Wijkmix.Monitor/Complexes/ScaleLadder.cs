using Wijkmix.Segregation;

namespace Wijkmix.Monitor.Complexes;

/// <summary>A unit below the buurt with its counts per group (a partner's complex).</summary>
/// <param name="Code">Area code, e.g. <c>BU03440301:complex-12</c>.</param>
/// <param name="BuurtCode">The CBS buurt it lies in.</param>
/// <param name="Counts">Counts per group, in the ladder's group order.</param>
public sealed record SubBuurtUnit(string Code, string BuurtCode, IReadOnlyList<double> Counts);

/// <summary>A CBS buurt with its wijk and its counts per group.</summary>
public sealed record LadderBuurt(string Code, string WijkCode, IReadOnlyList<double> Counts);

/// <summary>
/// A complex's part in the segregation between complexes within buurten, and why: its composition against its buurt's.
/// </summary>
/// <param name="Weight">The complex's share of everyone in the ladder.</param>
/// <param name="LocalSegregation">How far its mix lies from its buurt's (local M, Σ_g π_cg ln(π_cg / π_bg)).</param>
/// <param name="Contribution">Weight × local segregation: what it adds to the between-complexes part.</param>
/// <param name="Shares">Its share per group.</param>
/// <param name="BuurtShares">Its buurt's share per group (the whole buurt: CBS where the categories line up).</param>
/// <param name="MostOver">The group most over-represented against the buurt (highest ratio of shares).</param>
public sealed record ComplexContribution(
    string Code, string BuurtCode, double Weight, double LocalSegregation, double Contribution,
    IReadOnlyList<double> Shares, IReadOnlyList<double> BuurtShares, int MostOver);

/// <summary>
/// Segregation on gemeente ⊃ wijk ⊃ buurt ⊃ complex: M split exactly into between wijken, between buurten within
/// wijken and between complexes within buurten (the three add up to <see cref="MutualInformation"/>).
/// </summary>
/// <param name="CoversCity">True when the complexes' categories line up with CBS's: every buurt is in the ladder, and
/// the rest of a buurt with complexes (CBS minus the complexes) is its own unit. False: the ladder covers the partner's
/// stock only (complexes as units, their buurten and wijken above them).</param>
/// <param name="Misaligned">Buurten where the complexes hold more of a group than CBS counts in the buurt (beyond rounding).</param>
/// <param name="Components">Between wijken, between buurten, between complexes, in that order.</param>
/// <param name="Complexes">Every complex with its contribution, largest first.</param>
/// <param name="Uncertainty">Bootstrap standard errors and intervals of M and each part, when replicates were asked for.</param>
public sealed record ScaleLadder(
    IReadOnlyList<string> Groups,
    bool CoversCity,
    IReadOnlyList<string> Misaligned,
    double MutualInformation,
    double Theil,
    IReadOnlyList<ScaleComponent> Components,
    IReadOnlyList<ComplexContribution> Complexes,
    int UnitCount,
    ScaleEstimates? Uncertainty = null);

/// <summary>Builds the <see cref="ScaleLadder"/> from CBS buurt counts and a partner's complexes (null with fewer than two units).</summary>
public static class ScaleLadders
{
    /// <summary>Unit name of the rest of a buurt: the buurt minus the partner's complexes in it.</summary>
    public const string RestSuffix = ":\0rest"; // no complex code can hold a NUL, so no complex is taken for a rest

    /// <summary>Level names of the components.</summary>
    public const string Wijk = "wijk", Buurt = "buurt", Complex = "complex";

    /// <summary>
    /// The ladder with every buurt of the gemeente (<paramref name="buurten"/>, CBS counts), the complexes below them and
    /// the rest of each buurt as a unit. When the complexes exceed a buurt's CBS count of a group by more than CBS's
    /// rounding (2.5 per count), the categories do not line up and the ladder covers the partner's stock only.
    /// </summary>
    /// <param name="replicates">Bootstrap replicates for the parts' uncertainty (0: none); replicate r is seeded by (<paramref name="seed"/>, r).</param>
    /// <param name="confidence">Coverage of the bootstrap intervals (percentile), e.g. 0.90 for the 5th to 95th percentile.</param>
    public static ScaleLadder? Build(IReadOnlyList<string> groups, IReadOnlyList<LadderBuurt>? buurten, IReadOnlyList<SubBuurtUnit> complexes,
        double roundingAllowance = CbsBuurtCounts.RoundingAllowance, int replicates = 0, int seed = 1, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(complexes);
        var wijkOf = (buurten ?? []).ToDictionary(b => b.Code, b => b.WijkCode, StringComparer.Ordinal);
        var byBuurt = complexes.GroupBy(c => c.BuurtCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var misaligned = new List<string>();
        var units = new List<(string Code, string Buurt, IReadOnlyList<double> Counts)>();
        if (buurten is { Count: > 0 })
        {
            foreach (var buurt in buurten)
            {
                var inside = byBuurt.GetValueOrDefault(buurt.Code) ?? [];
                var rest = Enumerable.Range(0, groups.Count).Select(g => buurt.Counts[g] - inside.Sum(c => c.Counts[g])).ToArray();
                if (rest.Any(r => r < -roundingAllowance))
                {
                    misaligned.Add(buurt.Code);
                }

                units.AddRange(inside.Select(c => (c.Code, buurt.Code, c.Counts)));
                if (rest.Sum(r => Math.Max(0, r)) > 0)
                {
                    units.Add((inside.Count == 0 ? buurt.Code : buurt.Code + RestSuffix, buurt.Code, rest.Select(r => Math.Max(0, r)).ToArray()));
                }
            }

            misaligned.AddRange(byBuurt.Keys.Where(b => !wijkOf.ContainsKey(b)).Order(StringComparer.Ordinal));
        }

        var coversCity = buurten is { Count: > 0 } && misaligned.Count == 0;
        if (!coversCity)
        {
            units = [.. complexes.Select(c => (c.Code, c.BuurtCode, c.Counts))];
        }

        return Decompose(groups, units, b => wijkOf.GetValueOrDefault(b) ?? "WK" + b[2..8], coversCity, misaligned, complexes, (replicates, seed, confidence));
    }

    private static ScaleLadder? Decompose(
        IReadOnlyList<string> groups, List<(string Code, string Buurt, IReadOnlyList<double> Counts)> units, Func<string, string> wijkOf,
        bool coversCity, List<string> misaligned, IReadOnlyList<SubBuurtUnit> complexes, (int Replicates, int Seed, double Confidence) bootstrap)
    {
        units = [.. units.Where(u => u.Counts.Sum() > 0)];
        if (units.Count < 2 || Enumerable.Range(0, groups.Count).Count(g => units.Sum(u => u.Counts[g]) > 0) < groups.Count)
        {
            return null; // nothing to split, or a group nobody belongs to
        }

        var counts = new double[units.Count, groups.Count];
        for (var u = 0; u < units.Count; u++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                counts[u, g] = units[u].Counts[g];
            }
        }

        var table = CountTable.Create([.. units.Select(u => u.Code)], groups, counts);
        var buurtOf = units.Select(u => u.Buurt).ToList();
        (string, IReadOnlyList<string>)[] levels = [(Buurt, buurtOf), (Wijk, [.. buurtOf.Select(wijkOf)])];
        var decomposition = Segregation.Segregation.Decompose(table, levels, Complex);
        var uncertainty = bootstrap.Replicates < 2 ? null : Inference.Run(table, new InferenceOptions
        {
            Replicates = bootstrap.Replicates, Seed = bootstrap.Seed, Confidence = bootstrap.Confidence, Parts = InferenceParts.Bootstrap, Levels = levels, UnitLevel = Complex,
        }).Decomposition;
        var local = Segregation.Segregation.Local(table, buurtOf);
        var isComplex = complexes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var buurtTotals = Enumerable.Range(0, units.Count).GroupBy(u => buurtOf[u], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, groups.Count).Select(k => g.Sum(u => counts[u, k])).ToArray(), StringComparer.Ordinal);
        var contributions = local.Select((l, u) => (l, u)).Where(x => isComplex.Contains(x.l.Unit)).Select(x =>
        {
            var total = Enumerable.Range(0, groups.Count).Sum(g => counts[x.u, g]);
            var shares = Enumerable.Range(0, groups.Count).Select(g => total > 0 ? counts[x.u, g] / total : 0).ToArray();
            var buurt = buurtTotals[buurtOf[x.u]];
            var buurtShares = buurt.Select(c => c / buurt.Sum()).ToArray();
            var mostOver = Enumerable.Range(0, groups.Count).MaxBy(g => buurtShares[g] > 0 ? shares[g] / buurtShares[g] : 0.0);
            return new ComplexContribution(x.l.Unit, buurtOf[x.u], x.l.Weight, x.l.LocalSegregation, x.l.Contribution, shares, buurtShares, mostOver);
        }).OrderByDescending(c => c.Contribution).ToList();
        return new ScaleLadder(groups, coversCity, misaligned, decomposition.MutualInformation, decomposition.Theil, decomposition.Components, contributions, units.Count, uncertainty);
    }
}
