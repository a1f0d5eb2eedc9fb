using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Complexes;

namespace Wijkmix.Monitor.Tests.Complexes;

/// <summary>
/// The worked example of docs/complexen.md: Utrecht's real CBS buurten (households by type), with complexes generated
/// inside Overvecht's buurten so that complexes plus the rest of each buurt add up to the CBS figure, and one complex
/// with a planted concentration of one-person households.
/// </summary>
public class OvervechtLadderTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private const string Overvecht = "WK034403";
    private const string Planted = "flat-zambesidreef";

    /// <summary>Three generated complexes per Overvecht buurt (each about a tenth of the buurt, seeded), plus the planted one.</summary>
    private static List<SubBuurtUnit> Generate(IReadOnlyList<LadderBuurt> buurten, string plantedBuurt, double plantedOnePersonShare = 0.9)
    {
        var random = new Random(20261206);
        var complexes = new List<SubBuurtUnit>();
        foreach (var buurt in buurten.Where(b => b.WijkCode == Overvecht))
        {
            for (var c = 1; c <= 3; c++)
            {
                complexes.Add(new SubBuurtUnit($"{buurt.Code}:complex-{c}", buurt.Code,
                    [.. buurt.Counts.Select(n => Math.Floor(n * (0.05 + (0.1 * random.NextDouble()))))]));
            }
        }

        // The planted complex: 200 households, mostly one-person, taken from what the generated ones left of its buurt.
        var host = buurten.Single(b => b.Code == plantedBuurt);
        var left = Enumerable.Range(0, 3).Select(g => host.Counts[g] - complexes.Where(c => c.BuurtCode == plantedBuurt).Sum(c => c.Counts[g])).ToArray();
        var onePerson = Math.Min(left[0], Math.Round(200 * plantedOnePersonShare));
        complexes.Add(new SubBuurtUnit($"{plantedBuurt}:{Planted}", plantedBuurt,
            [onePerson, Math.Min(left[1], Math.Round((200 - onePerson) / 2)), Math.Min(left[2], Math.Round((200 - onePerson) / 2))]));
        return complexes;
    }

    /// <summary>M from its definition, Σ_u Σ_g p_ug ln(p_ug / (p_u p_g)), over units given as count rows.</summary>
    private static double M(IEnumerable<double[]> units)
    {
        var rows = units.Where(r => r.Sum() > 0).ToList();
        var total = rows.Sum(r => r.Sum());
        var groups = Enumerable.Range(0, rows[0].Length).Select(g => rows.Sum(r => r[g]) / total).ToArray();
        return rows.Sum(r => Enumerable.Range(0, r.Length).Where(g => r[g] > 0)
            .Sum(g => r[g] / total * Math.Log(r[g] / total / (r.Sum() / total * groups[g]))));
    }

    private (CbsBuurtCounts Cbs, string Host) Utrecht()
    {
        var cbs = CbsBuurtCounts.Read(demo.Store, AreaCode.Parse("GM0344"))!;
        var host = cbs.HouseholdTypes.Where(b => b.WijkCode == Overvecht).MaxBy(b => b.Counts.Sum())!.Code;
        return (cbs, host);
    }

    [Fact]
    public void Ladder_OvervechtComplexes_AddsUpExactlyAndEqualsTheDefinitionAtEveryLevel()
    {
        var (cbs, host) = Utrecht();
        var complexes = Generate(cbs.HouseholdTypes, host);
        var ladder = ScaleLadders.Build(["one_person", "without_children", "with_children"], cbs.HouseholdTypes, complexes)!;

        Assert.True(ladder.CoversCity);
        Assert.Equal(["wijk", "buurt within wijk", "complex within buurt"], ladder.Components.Select(c => c.Level));
        Assert.Equal(ladder.MutualInformation, ladder.Components.Sum(c => c.MutualInformation), 12);

        // Every level from the definition: units (complexes + rest of buurt), buurten (CBS), wijken (CBS summed).
        var rests = cbs.HouseholdTypes.Select(b => Enumerable.Range(0, 3)
            .Select(g => b.Counts[g] - complexes.Where(c => c.BuurtCode == b.Code).Sum(c => c.Counts[g])).ToArray()).ToList();
        var unitM = M(complexes.Select(c => c.Counts.ToArray()).Concat(rests));
        var buurtM = M(cbs.HouseholdTypes.Select(b => b.Counts.ToArray()));
        var wijkM = M(cbs.HouseholdTypes.GroupBy(b => b.WijkCode).Select(w => Enumerable.Range(0, 3).Select(g => w.Sum(b => b.Counts[g])).ToArray()));
        Assert.Equal(unitM, ladder.MutualInformation, 12);
        Assert.Equal(wijkM, ladder.Components[0].MutualInformation, 12);
        Assert.Equal(buurtM - wijkM, ladder.Components[1].MutualInformation, 12);
        Assert.Equal(unitM - buurtM, ladder.Components[2].MutualInformation, 12);
        Assert.True(ladder.Components[2].MutualInformation > 0);
    }

    [Fact]
    public void Ladder_PlantedConcentration_IsTheLargestContributionAndExplainedByOnePersonHouseholds()
    {
        var (cbs, host) = Utrecht();
        var ladder = ScaleLadders.Build(["one_person", "without_children", "with_children"], cbs.HouseholdTypes, Generate(cbs.HouseholdTypes, host))!;

        var top = ladder.Complexes[0];
        Assert.Equal($"{host}:{Planted}", top.Code);
        Assert.Equal(0, top.MostOver);
        Assert.True(top.Shares[0] > 0.85, $"planted share {top.Shares[0]}");
        var buurt = cbs.HouseholdTypes.Single(b => b.Code == host);
        Assert.Equal(buurt.Counts[0] / buurt.Counts.Sum(), top.BuurtShares[0], 12);
        // Its contribution from the definition: weight × Σ_g π_cg ln(π_cg / π_bg).
        var expected = top.Weight * Enumerable.Range(0, 3).Where(g => top.Shares[g] > 0).Sum(g => top.Shares[g] * Math.Log(top.Shares[g] / top.BuurtShares[g]));
        Assert.Equal(expected, top.Contribution, 12);
        Assert.Equal(ladder.Components[2].MutualInformation, ladder.Complexes.Sum(c => c.Contribution) + RestContributions(ladder, cbs, host), 12);
    }

    [Fact]
    public void Ladder_WithoutThePlant_NoComplexStandsOutAsMuch()
    {
        var (cbs, host) = Utrecht();
        var planted = ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, Generate(cbs.HouseholdTypes, host))!;
        var buurt = cbs.HouseholdTypes.Single(b => b.Code == host);
        var even = ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, Generate(cbs.HouseholdTypes, host, plantedOnePersonShare: buurt.Counts[0] / buurt.Counts.Sum()))!;

        Assert.True(planted.Complexes[0].Contribution > 5 * even.Complexes.First(c => c.Code.EndsWith(Planted, StringComparison.Ordinal)).Contribution);
    }

    [Fact]
    public void Ladder_ComplexesAboveTheBuurt_CoversThePartnersStockOnlyAndSaysWhere()
    {
        var (cbs, host) = Utrecht();
        var buurt = cbs.HouseholdTypes.Single(b => b.Code == host);
        var complexes = Generate(cbs.HouseholdTypes, host);
        complexes.Add(new SubBuurtUnit($"{host}:te-groot", host, [buurt.Counts[0] + 10, 0, 0]));

        var ladder = ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, complexes)!;

        Assert.False(ladder.CoversCity);
        Assert.Equal([host], ladder.Misaligned);
        Assert.Equal(complexes.Count, ladder.UnitCount);
        Assert.Equal(M(complexes.Select(c => c.Counts.ToArray())), ladder.MutualInformation, 12);
    }

    /// <summary>What the rests of buurten add to the between-complexes part (their local segregation against their buurt).</summary>
    private static double RestContributions(ScaleLadder ladder, CbsBuurtCounts cbs, string host)
    {
        var complexes = Generate(cbs.HouseholdTypes, host);
        var total = cbs.HouseholdTypes.Sum(b => b.Counts.Sum());
        var sum = 0.0;
        foreach (var b in cbs.HouseholdTypes)
        {
            var rest = Enumerable.Range(0, 3).Select(g => b.Counts[g] - complexes.Where(c => c.BuurtCode == b.Code).Sum(c => c.Counts[g])).ToArray();
            if (rest.Sum() <= 0 || rest.Sum() == b.Counts.Sum())
            {
                continue;
            }

            sum += rest.Sum() / total * Enumerable.Range(0, 3).Where(g => rest[g] > 0)
                .Sum(g => rest[g] / rest.Sum() * Math.Log(rest[g] / rest.Sum() / (b.Counts[g] / b.Counts.Sum())));
        }

        return sum;
    }

    [Fact]
    public void Ladder_WithBootstrap_GivesEachPartAnIntervalAroundItsObservedValue()
    {
        var (cbs, host) = Utrecht();
        var complexes = Generate(cbs.HouseholdTypes, host);
        var plain = ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, complexes)!;
        var ladder = ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, complexes, replicates: 200, seed: 7)!;

        Assert.Null(plain.Uncertainty);
        var parts = ladder.Uncertainty!.Components;
        Assert.Equal(ladder.Components.Select(c => c.Level), parts.Select(p => p.Level));
        for (var i = 0; i < parts.Count; i++)
        {
            Assert.Equal(ladder.Components[i].MutualInformation, parts[i].MutualInformation.Value, 12);
            Assert.True(parts[i].MutualInformation.StandardError > 0);
            Assert.True(parts[i].MutualInformation.Lower <= parts[i].MutualInformation.Upper);
        }

        Assert.Equal(ladder.Uncertainty.Components[2].MutualInformation.StandardError,
            ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, complexes, replicates: 200, seed: 7)!.Uncertainty!.Components[2].MutualInformation.StandardError);
    }

    [Fact]
    public void Ladder_WithNinetyPercentConfidence_GivesTheNarrowerIntervalOfTheSameReplicates()
    {
        var (cbs, host) = Utrecht();
        var complexes = Generate(cbs.HouseholdTypes, host);
        var wide = ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, complexes, replicates: 200, seed: 15)!.Uncertainty!;
        var narrow = ScaleLadders.Build(["a", "b", "c"], cbs.HouseholdTypes, complexes, replicates: 200, seed: 15, confidence: 0.90)!.Uncertainty!;

        for (var i = 0; i < narrow.Components.Count; i++)
        {
            var (n, w) = (narrow.Components[i].MutualInformation, wide.Components[i].MutualInformation);
            Assert.Equal(w.StandardError, n.StandardError); // the same replicates …
            Assert.True(n.Lower > w.Lower && n.Upper < w.Upper, $"{narrow.Components[i].Level}: 90 % [{n.Lower}, {n.Upper}] inside 95 % [{w.Lower}, {w.Upper}]");
        }
    }
}
