namespace Wijkmix.Segregation.Tests.InferenceTests;

public class InferenceTests
{
    private static CountTable Table(double[,] counts) =>
        CountTable.Create(Enumerable.Range(0, counts.GetLength(0)).Select(u => "u" + u).ToArray(), Enumerable.Range(0, counts.GetLength(1)).Select(g => "g" + g).ToArray(), counts);

    [Fact]
    public void Run_SameSeed_RepeatsExactly_OtherSeedDiffers()
    {
        var table = Table(new double[,] { { 120, 30 }, { 40, 90 }, { 75, 75 }, { 10, 200 } });
        var a = Inference.Run(table, 200, seed: 5);
        var b = Inference.Run(table, 200, seed: 5);
        var c = Inference.Run(table, 200, seed: 6);
        Assert.Equal(a.MutualInformation, b.MutualInformation);
        Assert.Equal(a.DissimilarityByChance, b.DissimilarityByChance);
        Assert.NotEqual(a.MutualInformation.StandardError, c.MutualInformation.StandardError);
    }

    [Fact]
    public void Run_EvenMix_ObservedIsZeroAndEveryChanceValueIsAtLeastAsHigh()
    {
        var table = Table(new double[,] { { 100, 300 }, { 50, 150 }, { 25, 75 } });
        var result = Inference.Run(table, 100, seed: 1);
        Assert.Equal(0, result.MutualInformationByChance.Observed, 12);
        Assert.Equal(1.0, result.MutualInformationByChance.PValue);
        Assert.True(result.MutualInformationByChance.Excess <= 0);
    }

    [Fact]
    public void Run_CompleteSeparation_IsNeverReachedByChance()
    {
        var table = Table(new double[,] { { 500, 0 }, { 0, 500 }, { 400, 0 }, { 0, 300 } });
        var result = Inference.Run(table, 99, seed: 1);
        Assert.Equal(1.0 / 100, result.DissimilarityByChance.PValue, 12);
        Assert.Equal(1.0, result.Dissimilarity.Value, 12);
        Assert.InRange(result.DissimilarityByChance.Expected, 0, 0.2);
    }

    [Fact]
    public void Run_IntervalContainsTheBootstrapCentre_AndSmallUnitsAreListed()
    {
        var table = Table(new double[,] { { 12, 30 }, { 400, 90 }, { 75, 75 }, { 10, 200 } });
        var result = Inference.Run(table, 300, seed: 2, minimumUnitSize: 50);
        Assert.True(result.MutualInformation.Lower <= result.MutualInformation.Upper);
        Assert.True(result.MutualInformation.StandardError > 0);
        Assert.Equal(["u0"], result.SmallUnits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Run_TooFewReplicatesOrBadConfidence_AreRefused(int replicates)
    {
        var table = Table(new double[,] { { 1, 2 }, { 3, 4 } });
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, replicates));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, 10, confidence: 1.5));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, 10, confidence: double.NaN));
        Assert.Throws<SegregationInputException>(() => Inference.Run(table, 10, minimumUnitSize: double.NaN));
    }
}
