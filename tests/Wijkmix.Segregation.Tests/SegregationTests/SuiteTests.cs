using CsCheck;
using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.SegregationTests;

public class SuiteTests
{
    [Fact]
    public void Suite_RandomTables_EqualsMultigroupAndEachGroupAgainstTheRest()
    {
        Generators.Grids().Sample(grid =>
        {
            var table = grid.ToTable();
            var suite = Segregation.Suite(table, 2);
            // The suite fuses the passes, so sums run in another order: equal to rounding, not to the bit.
            var multigroup = Segregation.Multigroup(table, 2);
            foreach (var (name, expected, actual) in new[]
                     {
                         ("D", multigroup.Dissimilarity, suite.Multigroup.Dissimilarity), ("Gini", multigroup.Gini, suite.Multigroup.Gini),
                         ("H", multigroup.Theil, suite.Multigroup.Theil), ("M", multigroup.MutualInformation, suite.Multigroup.MutualInformation),
                         ("E", multigroup.Entropy, suite.Multigroup.Entropy), ("P", multigroup.NormalizedExposure, suite.Multigroup.NormalizedExposure),
                         ("R", multigroup.RelativeDiversity, suite.Multigroup.RelativeDiversity),
                     })
            {
                Approx.Absolute(expected, actual, 1e-12, name);
            }

            Assert.Equal(table.Groups, suite.GroupsAgainstRest.Select(t => t.Group));
            foreach (var (expected, actual) in table.Groups.Select(g => Segregation.TwoGroup(table, g)).Zip(suite.GroupsAgainstRest))
            {
                Assert.Equal(expected.Reference, actual.Reference);
                foreach (var (name, e, a) in new[]
                         {
                             ("D", expected.Dissimilarity, actual.Dissimilarity), ("Gini", expected.Gini, actual.Gini), ("H", expected.Theil, actual.Theil),
                             ("xPx", expected.Isolation, actual.Isolation), ("xPy", expected.Exposure, actual.Exposure), ("eta2", expected.CorrelationRatio, actual.CorrelationRatio),
                             ("A0.1", expected.Atkinson01, actual.Atkinson01), ("A0.5", expected.Atkinson05, actual.Atkinson05), ("A0.9", expected.Atkinson09, actual.Atkinson09),
                         })
                {
                    Approx.Absolute(e, a, 1e-12, $"{expected.Group} {name}");
                }
            }
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Suite_LargeTableSplitOverCores_EqualsTheSeparateFunctions()
    {
        var random = new Random(17);
        var counts = new double[6000, 5];
        for (var u = 0; u < 6000; u++)
        {
            for (var g = 0; g < 5; g++)
            {
                counts[u, g] = random.Next(0, 300) + (g == u % 5 ? 200 : 0);
            }
        }

        var table = CountTable.Create(Enumerable.Range(0, 6000).Select(u => "u" + u).ToArray(), ["a", "b", "c", "d", "e"], counts);
        var suite = Segregation.Suite(table);
        var multigroup = Segregation.Multigroup(table);
        Approx.Absolute(multigroup.MutualInformation, suite.Multigroup.MutualInformation, 1e-12, "M");
        Approx.Absolute(multigroup.Dissimilarity, suite.Multigroup.Dissimilarity, 1e-12, "D");
        Approx.Absolute(multigroup.NormalizedExposure, suite.Multigroup.NormalizedExposure, 1e-12, "P");
        Approx.Absolute(multigroup.RelativeDiversity, suite.Multigroup.RelativeDiversity, 1e-12, "R");
        foreach (var (expected, actual) in table.Groups.Select(g => Segregation.TwoGroup(table, g)).Zip(suite.GroupsAgainstRest))
        {
            Approx.Absolute(expected.Theil, actual.Theil, 1e-12, "H " + expected.Group);
            Approx.Absolute(expected.Atkinson05, actual.Atkinson05, 1e-12, "A0.5 " + expected.Group);
            Approx.Absolute(expected.Isolation, actual.Isolation, 1e-12, "xPx " + expected.Group);
        }
    }

    [Fact]
    public void Suite_LogBaseOne_IsRefused()
    {
        var table = CountTable.Create(["u1", "u2"], ["A", "B"], new double[,] { { 1, 2 }, { 3, 4 } });
        Assert.Throws<SegregationInputException>(() => Segregation.Suite(table, 1));
    }
}
