using CsCheck;
using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary>The library against the textbook implementations of <see cref="Naive"/> on random tables (1e-9 relative).</summary>
public class NaiveComparisonTests
{
    [Fact]
    public void Multigroup_RandomTables_MatchesTextbookDefinitions()
    {
        Generators.Grids().Sample(grid =>
        {
            var table = grid.ToTable();
            var c = grid.Counts;
            var mi = Naive.MutualInformation(c);
            var e = Naive.Entropy(Enumerable.Range(0, grid.GroupCount).Select(g => Enumerable.Range(0, grid.UnitCount).Sum(u => c[u, g])));
            var actual = Segregation.Multigroup(table);
            Approx.Equal(Naive.Dissimilarity(c), actual.Dissimilarity, "D");
            Approx.Equal(Naive.Gini(c), actual.Gini, "Gini");
            Approx.Equal(Naive.Theil(c), actual.Theil, "H", floor: 1e-11);
            Approx.Equal(mi, actual.MutualInformation, "M");
            Approx.Equal(e, actual.Entropy, "E");
            Approx.Equal(Naive.NormalizedExposure(c), actual.NormalizedExposure, "P");
            Approx.Equal(Naive.RelativeDiversity(c), actual.RelativeDiversity, "R");
            Assert.Equal(Math.E, actual.LogBase);

            var bits = Segregation.Multigroup(table, 2);
            Approx.Equal(mi / Math.Log(2), bits.MutualInformation, "M in bits");
            Approx.Equal(e / Math.Log(2), bits.Entropy, "E in bits");
            Approx.Equal(Naive.Theil(c), bits.Theil, "H does not depend on the base", floor: 1e-11);
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void SingleIndexFunctions_RandomTables_MatchTextbookDefinitions()
    {
        Generators.Grids().Sample(grid =>
        {
            var table = grid.ToTable();
            var c = grid.Counts;
            Approx.Equal(Naive.Dissimilarity(c), Segregation.Dissimilarity(table), "D");
            Approx.Equal(Naive.Gini(c), Segregation.Gini(table), "Gini");
            Approx.Equal(Naive.Theil(c), Segregation.Theil(table), "H", floor: 1e-11);
            Approx.Equal(Naive.MutualInformation(c), Segregation.MutualInformation(table), "M");
            Approx.Equal(Naive.MutualInformation(c) / Math.Log(10), Segregation.MutualInformation(table, 10), "M in base 10");
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void TwoGroup_AgainstAllOthers_MatchesMasseyDenton()
    {
        Generators.Grids().SelectMany(grid => Gen.Int[0, grid.GroupCount - 1].Select(g => (grid, g))).Sample(t =>
        {
            var (grid, g) = t;
            var (x, y) = Naive.Binary(grid.Counts, g);
            var actual = Segregation.TwoGroup(grid.ToTable(), grid.Groups[g]);
            AssertTwoGroup(x, y, actual);
            Assert.Equal(grid.Groups[g], actual.Group);
            Assert.Equal("rest", actual.Reference);
            Approx.Equal(Naive.Atkinson(x, y, 0.3), Segregation.Atkinson(grid.ToTable(), grid.Groups[g], 0.3), "Atkinson(0.3)");
        }, iter: Generators.Iterations, print: t => $"group {t.g} of\n{t.grid}");
    }

    [Fact]
    public void TwoGroup_AgainstOneOtherGroup_MatchesMasseyDentonOnThePair()
    {
        var gen = Generators.Grids(minGroups: 3).SelectMany(grid =>
                Gen.Select(Gen.Int[0, grid.GroupCount - 1], Gen.Int[1, grid.GroupCount - 1], (a, shift) => (grid, a, b: (a + shift) % grid.GroupCount)))
            .Where(t => Naive.Pair(t.grid.Counts, t.a, t.b) is var (x, y) && x.Sum() > 0 && y.Sum() > 0);
        gen.Sample(t =>
        {
            var (grid, a, b) = t;
            var (x, y) = Naive.Pair(grid.Counts, a, b);
            var actual = Segregation.TwoGroup(grid.ToTable(), grid.Groups[a], grid.Groups[b]);
            AssertTwoGroup(x, y, actual);
            Assert.Equal(grid.Groups[b], actual.Reference);
        }, iter: Generators.Iterations, print: t => $"groups {t.a}, {t.b} of\n{t.grid}");
    }

    private static void AssertTwoGroup(double[] x, double[] y, TwoGroupIndices actual)
    {
        Approx.Equal(Naive.Dissimilarity(x, y), actual.Dissimilarity, "D");
        Approx.Equal(Naive.Gini(x, y), actual.Gini, "Gini");
        Approx.Equal(Naive.Theil(x, y), actual.Theil, "H", floor: 1e-11);
        Approx.Equal(Naive.Isolation(x, y), actual.Isolation, "xPx");
        Approx.Equal(Naive.Exposure(x, y), actual.Exposure, "xPy");
        Approx.Equal(Naive.CorrelationRatio(x, y), actual.CorrelationRatio, "eta²");
        Approx.Equal(Naive.Atkinson(x, y, 0.1), actual.Atkinson01, "Atkinson(0.1)");
        Approx.Equal(Naive.Atkinson(x, y, 0.5), actual.Atkinson05, "Atkinson(0.5)");
        Approx.Equal(Naive.Atkinson(x, y, 0.9), actual.Atkinson09, "Atkinson(0.9)");
    }
}
