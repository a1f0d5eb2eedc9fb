using Seg = Wijkmix.Segregation.Segregation;

namespace Wijkmix.Segregation.Tests.InferenceTests;

/// <summary><see cref="Inference.Run(CountTable, InferenceOptions)"/>: parts on request, the decomposition and local estimates, determinism.</summary>
public class InferenceOptionsTests
{
    /// <summary>60 units of 40–400 people in 6 wijken in 2 gemeenten, three groups leaning by wijk.</summary>
    internal static (CountTable Table, string[] Wijk, string[] Gemeente) City(int units = 60)
    {
        var random = new Random(12);
        var counts = new double[units, 3];
        for (var u = 0; u < units; u++)
        {
            var size = random.Next(40, 400);
            for (var g = 0; g < 3; g++)
            {
                counts[u, g] = Math.Round(size * (0.2 + (g == (u / 10) % 3 ? 0.5 : 0.1 * random.NextDouble())));
            }
        }

        var names = Enumerable.Range(0, units).Select(u => "u" + u).ToArray();
        return (CountTable.Create(names, ["a", "b", "c"], counts), names.Select((_, u) => "w" + (u / 10)).ToArray(), names.Select((_, u) => "g" + (u / 30)).ToArray());
    }

    private static InferenceOptions Full(string[] wijk, string[] gemeente) => new()
    {
        Replicates = 200,
        Seed = 3,
        Levels = [("wijk", wijk), ("gemeente", gemeente)],
        UnitLevel = "buurt",
        Local = true,
        LocalParentOf = wijk,
        LogBase = 2,
    };

    [Fact]
    public void Run_OneCoreOrFour_GivesBitwiseTheSameResult()
    {
        var (table, wijk, gemeente) = City();
        var one = Inference.Run(table, Full(wijk, gemeente) with { MaxDegreeOfParallelism = 1 });
        var four = Inference.Run(table, Full(wijk, gemeente) with { MaxDegreeOfParallelism = 4 });
        var all = Inference.Run(table, Full(wijk, gemeente));
        Assert.Equal(Bits(one), Bits(four));
        Assert.Equal(Bits(one), Bits(all));
        Assert.NotEqual(Bits(one), Bits(Inference.Run(table, Full(wijk, gemeente) with { Seed = 4 })));
    }

    [Fact]
    public void Run_OnePart_GivesThatPartAsBoth_AndNullForTheOther()
    {
        var (table, _, _) = City();
        var options = new InferenceOptions { Replicates = 100, Seed = 9 };
        var both = Inference.Run(table, options);
        var bootstrap = Inference.Run(table, options with { Parts = InferenceParts.Bootstrap });
        var chance = Inference.Run(table, options with { Parts = InferenceParts.Null });
        Assert.Equal(both.MutualInformation, bootstrap.MutualInformation);
        Assert.Equal(both.Theil, bootstrap.Theil);
        Assert.Equal(both.Dissimilarity, bootstrap.Dissimilarity);
        Assert.Null(bootstrap.MutualInformationByChance);
        Assert.Null(bootstrap.DissimilarityByChance);
        Assert.Equal(both.MutualInformationByChance, chance.MutualInformationByChance);
        Assert.Equal(both.DissimilarityByChance, chance.DissimilarityByChance);
        Assert.Null(chance.MutualInformation);
        Assert.Null(both.Decomposition);
        Assert.Null(both.Local);
    }

    [Fact]
    public void Run_WithTheOldSignature_IsRunWithOptions()
    {
        var (table, _, _) = City();
        var old = Inference.Run(table, 150, seed: 2, confidence: 0.9, minimumUnitSize: 100, logBase: 10);
        var now = Inference.Run(table, new InferenceOptions { Replicates = 150, Seed = 2, Confidence = 0.9, MinimumUnitSize = 100, LogBase = 10 });
        Assert.Equal(now.MutualInformation, old.MutualInformation);
        Assert.Equal(now.Dissimilarity, old.Dissimilarity);
        Assert.Equal(now.MutualInformationByChance, old.MutualInformationByChance);
        Assert.Equal(now.SmallUnits, old.SmallUnits);
        Assert.Equal(Seg.MutualInformation(table, 10), old.MutualInformation.Value);
    }

    /// <summary>The observed values are the engine's: Decompose's parts and Local's measures, to the bit.</summary>
    [Fact]
    public void Run_DecompositionAndLocal_ObservedValuesAreTheEngines()
    {
        var (table, wijk, gemeente) = City();
        var result = Inference.Run(table, Full(wijk, gemeente));
        var split = Seg.Decompose(table, [("wijk", wijk), ("gemeente", gemeente)], "buurt", 2);
        var decomposition = result.Decomposition!;
        Assert.Equal(split.MutualInformation, decomposition.MutualInformation.Value);
        Assert.Equal(split.Theil, decomposition.Theil.Value);
        Assert.Equal(split.Components.Select(c => c.Level), decomposition.Components.Select(c => c.Level));
        Assert.Equal(split.Components.Select(c => c.MutualInformation), decomposition.Components.Select(c => c.MutualInformation.Value));
        Assert.Equal(split.Components.Select(c => c.Theil), decomposition.Components.Select(c => c.Theil.Value));

        var local = Seg.Local(table, wijk, 2);
        Assert.Equal(local.Select(l => l.Unit), result.Local!.Select(l => l.Unit));
        Assert.Equal(local.Select(l => l.LocalSegregation), result.Local!.Select(l => l.LocalSegregation.Value));
        Assert.Equal(local.Select(l => l.Contribution), result.Local!.Select(l => l.Contribution.Value));
        Assert.All(result.Local!, l => Assert.True(l.LocalSegregation.StandardError > 0 && l.LocalSegregation.Lower <= l.LocalSegregation.Upper));
    }

    /// <summary>
    /// The parts add up to M in every replicate, so the decomposition's total has M's bootstrap
    /// distribution: the same standard error and interval (here M in bits, as the options ask).
    /// </summary>
    [Fact]
    public void Run_DecompositionTotal_HasTheBootstrapDistributionOfM()
    {
        var (table, wijk, gemeente) = City();
        var result = Inference.Run(table, Full(wijk, gemeente));
        var total = result.Decomposition!.MutualInformation;
        Assert.Equal(result.MutualInformation!.StandardError, total.StandardError, 1e-12);
        Assert.Equal(result.MutualInformation.Lower, total.Lower, 1e-12);
        Assert.Equal(result.MutualInformation.Upper, total.Upper, 1e-12);
        Assert.Equal(result.Theil!.StandardError, result.Decomposition.Theil.StandardError, 1e-12);
    }

    [Fact]
    public void Run_BadOptions_AreRefused()
    {
        var (table, wijk, _) = City();
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, new InferenceOptions { Parts = InferenceParts.None }));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, new InferenceOptions { Parts = (InferenceParts)4 }));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, new InferenceOptions { Parts = InferenceParts.Null, Local = true }));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, new InferenceOptions { Parts = InferenceParts.Null, Levels = [("wijk", wijk)] }));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, new InferenceOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, new InferenceOptions { Replicates = 1 }));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, new InferenceOptions { Levels = [("wijk", wijk[1..])] }));
    }

    /// <summary>Every number of the result, as bits.</summary>
    private static long[] Bits(InferenceEstimates r)
    {
        var estimates = new[] { r.MutualInformation!, r.Theil!, r.Dissimilarity!, r.Decomposition!.MutualInformation, r.Decomposition.Theil }
            .Concat(r.Decomposition.Components.SelectMany(c => new[] { c.MutualInformation, c.Theil }))
            .Concat(r.Local!.SelectMany(l => new[] { l.LocalSegregation, l.Contribution }));
        var chances = new[] { r.MutualInformationByChance!, r.DissimilarityByChance! };
        return estimates.SelectMany(e => new[] { e.Value, e.StandardError, e.Lower, e.Upper, e.BiasCorrected })
            .Concat(chances.SelectMany(c => new[] { c.Observed, c.Expected, c.Excess, c.PValue }))
            .Select(BitConverter.DoubleToInt64Bits)
            .ToArray();
    }
}
