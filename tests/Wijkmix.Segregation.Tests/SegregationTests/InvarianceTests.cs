using CsCheck;
using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary>Bounds and invariances every index must respect, on random tables.</summary>
public class InvarianceTests
{
    [Fact]
    public void Multigroup_RandomTables_StayWithinBounds()
    {
        Generators.Grids().Sample(grid =>
        {
            var m = Segregation.Multigroup(grid.ToTable());
            Approx.Within(0, 1, m.Dissimilarity, "D");
            Approx.Within(0, 1, m.Gini, "Gini");
            Approx.Within(0, 1, m.Theil, "H");
            Approx.Within(0, 1, m.NormalizedExposure, "P");
            Approx.Within(0, 1, m.RelativeDiversity, "R");
            Approx.Within(0, m.Entropy, m.MutualInformation, "M (at most E)");
            Approx.Within(0, Math.Log(grid.GroupCount), m.Entropy, "E (at most ln k)");
            Approx.Within(0, Math.Log(grid.UnitCount), m.MutualInformation, "M (at most ln n)");
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void TwoGroup_RandomTables_StayWithinBounds()
    {
        Generators.Grids().SelectMany(grid => Gen.Int[0, grid.GroupCount - 1].Select(g => (grid, g))).Sample(t =>
        {
            var (grid, g) = t;
            var two = Segregation.TwoGroup(grid.ToTable(), grid.Groups[g]);
            var share = grid.ToTable().GroupTotal(g) / grid.ToTable().Total;
            foreach (var (name, value) in new[]
            {
                ("D", two.Dissimilarity), ("Gini", two.Gini), ("H", two.Theil), ("xPy", two.Exposure), ("eta²", two.CorrelationRatio),
                ("A(0.1)", two.Atkinson01), ("A(0.5)", two.Atkinson05), ("A(0.9)", two.Atkinson09),
            })
            {
                Approx.Within(0, 1, value, name);
            }

            Approx.Within(share, 1, two.Isolation, "xPx (at least the group's share P)");
            Approx.Equal(1, two.Isolation + two.Exposure, "xPx + xPy");
        }, iter: Generators.Iterations, print: t => $"group {t.g} of\n{t.grid}");
    }

    [Fact]
    public void Multigroup_PermutedAndRenamedUnits_ChangesNothing()
    {
        Generators.GridsWithPermutations().Sample(t =>
        {
            var moved = t.Grid.PermuteUnits(t.UnitOrder).RenameUnits(u => "buurt " + u);
            AssertSame(t.Grid, moved);
            AssertSameTwoGroup(t.Grid, moved);
        }, iter: Generators.Iterations, print: t => $"order {string.Join(',', t.UnitOrder)} of\n{t.Grid}");
    }

    [Fact]
    public void Multigroup_PermutedGroups_ChangesNothing()
    {
        Generators.GridsWithPermutations().Sample(t =>
        {
            var moved = t.Grid.PermuteGroups(t.GroupOrder);
            AssertSame(t.Grid, moved);
            AssertSameTwoGroup(t.Grid, moved);
        }, iter: Generators.Iterations, print: t => $"order {string.Join(',', t.GroupOrder)} of\n{t.Grid}");
    }

    [Fact]
    public void Multigroup_EveryUnitTwice_ChangesNothing()
    {
        Generators.Grids().Sample(grid =>
        {
            AssertSame(grid, grid.DuplicateUnits());
            AssertSameTwoGroup(grid, grid.DuplicateUnits());
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Multigroup_AllCountsTimesAConstant_ChangesNothing()
    {
        Gen.Select(Generators.Grids(), Gen.Double[0.001, 1000.0]).Sample(t =>
        {
            var (grid, factor) = t;
            AssertSame(grid, grid.Scale(factor));
            AssertSameTwoGroup(grid, grid.Scale(factor));
        }, iter: Generators.Iterations, print: t => $"× {t.Item2} of\n{t.Item1}");
    }

    [Fact]
    public void Multigroup_UnitWithDoubledCounts_EqualsTheUnitRepeated()
    {
        Generators.Grids().SelectMany(grid => Gen.Int[0, grid.UnitCount - 1].Select(u => (grid, u))).Sample(t =>
        {
            var (grid, u) = t;
            AssertSame(grid.DoubleUnit(u), grid.RepeatUnit(u));
            AssertSameTwoGroup(grid.DoubleUnit(u), grid.RepeatUnit(u));
        }, iter: Generators.Iterations, print: t => $"unit {t.u} of\n{t.grid}");
    }

    [Fact]
    public void CorrelationRatio_AnyGroup_EqualsNormalizedExposureOfTheBinaryTable()
    {
        Generators.Grids().SelectMany(grid => Gen.Int[0, grid.GroupCount - 1].Select(g => (grid, g))).Sample(t =>
        {
            var (grid, g) = t;
            var table = grid.ToTable();
            var binary = Segregation.Multigroup(table.Binary(grid.Groups[g]));
            var two = Segregation.TwoGroup(table, grid.Groups[g]);
            Approx.Equal(binary.NormalizedExposure, two.CorrelationRatio, "eta² vs P of the binary table");
            Approx.Equal(binary.RelativeDiversity, two.CorrelationRatio, "eta² vs R of the binary table");
            Approx.Equal(binary.Dissimilarity, two.Dissimilarity, "two-group D vs multigroup D of the binary table");
            Approx.Equal(binary.Gini, two.Gini, "two-group Gini vs multigroup Gini of the binary table");
            Approx.Equal(binary.Theil, two.Theil, "two-group H vs multigroup H of the binary table", floor: 1e-11);
        }, iter: Generators.Iterations, print: t => $"group {t.g} of\n{t.grid}");
    }

    [Fact]
    public void SingleIndexFunctions_AnyTable_AgreeWithTheMultigroupRecord()
    {
        Generators.Grids().Sample(grid =>
        {
            var table = grid.ToTable();
            var all = Segregation.Multigroup(table, 2);
            Assert.Equal(all.Dissimilarity, Segregation.Dissimilarity(table));
            Assert.Equal(all.Gini, Segregation.Gini(table));
            Approx.Equal(all.Theil, Segregation.Theil(table), "H");
            Approx.Equal(all.MutualInformation, Segregation.MutualInformation(table, 2), "M in bits");
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Multigroup_ZeroCountsWrittenAsNegativeZero_ChangesNothing()
    {
        // −0.0 is a finite count ≥ 0, so the table accepts it (e.g. from Math.Round(-0.2) or a parsed "-0");
        // it must measure exactly like 0.
        Generators.Grids().Where(g => g.Counts.Cast<double>().Any(c => c == 0)).Sample(grid =>
        {
            var negative = grid with { Counts = (double[,])grid.Counts.Clone() };
            for (var u = 0; u < grid.UnitCount; u++)
            {
                for (var g = 0; g < grid.GroupCount; g++)
                {
                    if (negative.Counts[u, g] == 0)
                    {
                        negative.Counts[u, g] = -0.0;
                    }
                }
            }

            AssertSame(grid, negative);
            AssertSameTwoGroup(grid, negative);
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Gini_CountOfNegativeZero_IsTheGiniOfZero()
    {
        // u1 (1, 0), u2 (1, 1): t = 1, 2; share of B 0 and 1/2; pairs 2 · 1 · 2 · 1/2 = 2 per group, 4 in all;
        // G = 4 / (2 · 3² · I), I = 2 · 2/3 · 1/3 = 4/9, so G = 4/8 = 1/2.
        var table = CountTable.Create(["u1", "u2"], ["A", "B"], new double[,] { { 1, -0.0 }, { 1, 1 } });
        Assert.Equal(0.5, Segregation.Gini(table), 15);
        Assert.Equal(0.5, Segregation.Multigroup(table).Gini, 15);
        Assert.Equal(0.5, Segregation.TwoGroup(table, "B").Gini, 15);
    }

    private static void AssertSame(Grid original, Grid changed)
    {
        var a = Segregation.Multigroup(original.ToTable());
        var b = Segregation.Multigroup(changed.ToTable());
        Approx.Equal(a.Dissimilarity, b.Dissimilarity, "D");
        Approx.Equal(a.Gini, b.Gini, "Gini");
        Approx.Equal(a.Theil, b.Theil, "H", floor: 1e-11);
        Approx.Equal(a.MutualInformation, b.MutualInformation, "M");
        Approx.Equal(a.Entropy, b.Entropy, "E");
        Approx.Equal(a.NormalizedExposure, b.NormalizedExposure, "P");
        Approx.Equal(a.RelativeDiversity, b.RelativeDiversity, "R");
    }

    /// <summary>The two-group indices of the first group by name, which must survive any relabelling of units or reordering.</summary>
    private static void AssertSameTwoGroup(Grid original, Grid changed)
    {
        var group = original.Groups[0];
        var a = Segregation.TwoGroup(original.ToTable(), group);
        var b = Segregation.TwoGroup(changed.ToTable(), group);
        Approx.Equal(a.Dissimilarity, b.Dissimilarity, "two-group D");
        Approx.Equal(a.Gini, b.Gini, "two-group Gini");
        Approx.Equal(a.Isolation, b.Isolation, "xPx");
        Approx.Equal(a.Exposure, b.Exposure, "xPy");
        Approx.Equal(a.CorrelationRatio, b.CorrelationRatio, "eta²");
        Approx.Equal(a.Atkinson01, b.Atkinson01, "A(0.1)");
        Approx.Equal(a.Atkinson05, b.Atkinson05, "A(0.5)");
        Approx.Equal(a.Atkinson09, b.Atkinson09, "A(0.9)");
    }
}
