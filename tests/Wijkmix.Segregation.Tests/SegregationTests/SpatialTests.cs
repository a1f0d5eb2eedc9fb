using CsCheck;

namespace Wijkmix.Segregation.Tests.SegregationTests;

public class SpatialTests
{
    private static CountTable Row() =>
        CountTable.Create(["west", "middle", "east"], ["x", "rest"], new double[,] { { 10, 0 }, { 5, 5 }, { 0, 10 } });

    [Fact]
    public void AdjacencyDissimilarity_ThreeUnitsInARow_MatchesHandComputation()
    {
        // D = ½ (|10/15 − 0| + |5/15 − 5/15| + |0 − 10/15|) = 2/3; shares z = 1, ½, 0;
        // adjacent pairs (west, middle), (middle, east): (½ + ½) / 2 = ½; D(adj) = 2/3 − ½ = 1/6.
        Assert.Equal(1.0 / 6, Spatial.AdjacencyDissimilarity(Row(), "x", [(0, 1), (1, 2)]), 12);
    }

    [Fact]
    public void AdjacencyDissimilarity_NoNeighbours_IsPlainD() =>
        Assert.Equal(2.0 / 3, Spatial.AdjacencyDissimilarity(Row(), "x", []), 12);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 3)]
    [InlineData(-1, 1)]
    public void AdjacencyDissimilarity_PairNotNamingTwoUnits_IsRefused(int a, int b) =>
        Assert.Throws<SegregationInputException>(() => Spatial.AdjacencyDissimilarity(Row(), "x", [(a, b)]));

    private static readonly Point[] Line = [new(0, 0), new(100, 0), new(200, 0)];

    [Fact]
    public void AbsoluteCentralization_ThreeUnitsInARow_MatchesHandComputation()
    {
        // Ordered from the centre: X cumulative 2/3, 1, 1; land areas 1, 1, 2 → A cumulative ¼, ½, 1.
        // Σ X(i−1) A(i) − X(i) A(i−1) = 0 + (2/3·½ − 1·¼) + (1·1 − 1·½) = 1/12 + ½ = 7/12.
        Assert.Equal(7.0 / 12, Spatial.AbsoluteCentralization(Row(), "x", Line, [1, 1, 2], new Point(0, 0)), 12);
    }

    [Fact]
    public void RelativeCentralization_ThreeUnitsInARow_MatchesHandComputation()
    {
        // X cumulative 2/3, 1, 1; Y cumulative 0, 1/3, 1: 0 + (2/3·1/3 − 1·0) + (1·1 − 1·1/3) = 2/9 + 2/3 = 8/9.
        Assert.Equal(8.0 / 9, Spatial.RelativeCentralization(Row(), "x", Line, new Point(0, 0)), 12);
        // Seen from the other end the group lives far out: the sign turns.
        Assert.Equal(-8.0 / 9, Spatial.RelativeCentralization(Row(), "x", Line, new Point(200, 0)), 12);
    }

    [Fact]
    public void RelativeConcentration_ThreeUnitsInARow_MatchesHandComputation()
    {
        // Σ x a / X = 15/15 = 1; Σ y a / Y = 25/15; numerator 3/5 − 1 = −2/5.
        // Smallest units holding X = 15 people: areas 1, 1 with 10 + 10 people → 20/20 = 1;
        // largest holding Y = 15: areas 2, 1 → (20 + 10)/20 = 1.5; denominator 1/1.5 − 1 = −1/3; RCO = 6/5.
        Assert.Equal(6.0 / 5, Spatial.RelativeConcentration(Row(), "x", [1, 1, 2]), 12);
    }

    [Fact]
    public void AdjacencyDissimilarity_RepeatedOrReversedPairs_CountOnce() =>
        Assert.Equal(Spatial.AdjacencyDissimilarity(Row(), "x", [(0, 1), (1, 2)]), Spatial.AdjacencyDissimilarity(Row(), "x", [(0, 1), (1, 0), (2, 1), (1, 2)]), 12);

    [Fact]
    public void RelativeConcentration_EqualLandAreas_IsUndefined() =>
        Assert.Throws<SegregationInputException>(() => Spatial.RelativeConcentration(Row(), "x", [5, 5, 5]));

    [Fact]
    public void Centralization_LocationOrCentreNotFinite_IsRefused()
    {
        Assert.Throws<SegregationInputException>(() => Spatial.AbsoluteCentralization(Row(), "x", [new(double.NaN, 0), new(1, 0), new(2, 0)], [1, 1, 2], new Point(0, 0)));
        Assert.Throws<SegregationInputException>(() => Spatial.RelativeCentralization(Row(), "x", Line, new Point(double.NaN, 0)));
    }

    [Fact]
    public void Centralization_BadLandArea_IsRefused()
    {
        Assert.Throws<SegregationInputException>(() => Spatial.AbsoluteCentralization(Row(), "x", Line, [1, 0, 2], new Point(0, 0)));
        Assert.Throws<SegregationInputException>(() => Spatial.RelativeConcentration(Row(), "x", [1, 2]));
    }

    [Fact]
    public void MultiscalarProfile_RadiusBelowTheSpacing_IsTheAspatialIndex()
    {
        var table = Row();
        var profile = Spatial.MultiscalarProfile(table, [new(0, 0), new(100, 0), new(200, 0)], [50]);
        Assert.Equal(Segregation.Theil(table), profile[0].Theil, 12);
        Assert.Equal(Segregation.Dissimilarity(table), profile[0].Dissimilarity, 12);
    }

    [Fact]
    public void MultiscalarProfile_AllUnitsInOnePlace_IsZero()
    {
        var profile = Spatial.MultiscalarProfile(Row(), [new(5, 5), new(5, 5), new(5, 5)], [500, 4000]);
        Assert.All(profile, p => Assert.Equal(0, p.Theil, 12));
        Assert.All(profile, p => Assert.Equal(0, p.Dissimilarity, 12));
    }

    [Fact]
    public void MultiscalarProfile_Checkerboard_SegregatedUpCloseMixedFromAfar()
    {
        var units = new List<string>();
        var points = new List<Point>();
        var counts = new double[100, 2];
        for (var i = 0; i < 100; i++)
        {
            units.Add("c" + i);
            points.Add(new Point(100 * (i % 10), 100 * (i / 10)));
            counts[i, ((i % 10) + (i / 10)) % 2] = 50;
        }

        var profile = Spatial.MultiscalarProfile(CountTable.Create(units, ["a", "b"], counts), points, [50, 1000]);
        Assert.Equal(1, profile[0].Theil, 12);
        Assert.InRange(profile[1].Theil, 0, 0.05);
    }

    [Fact]
    public void MultiscalarProfile_MatchesABruteForceNeighbourhood()
    {
        var gen = Gen.Select(Gen.Int[1, 200].Array[2].Array[25], Gen.Double[0, 3000].Array[2].Array[25], Gen.Double[100, 2500]);
        gen.Sample((counts, coordinates, radius) =>
        {
            var units = Enumerable.Range(0, 25).Select(u => "u" + u).ToArray();
            var matrix = new double[25, 2];
            for (var u = 0; u < 25; u++)
            {
                (matrix[u, 0], matrix[u, 1]) = (counts[u][0], counts[u][1]);
            }

            var table = CountTable.Create(units, ["a", "b"], matrix);
            var points = coordinates.Select(c => new Point(c[0], c[1])).ToArray();
            var actual = Spatial.MultiscalarProfile(table, points, [radius])[0].Theil;
            Assert.Equal(BruteForceTheil(matrix, points, radius), actual, 10);
        }, iter: 100);
    }

    [Fact]
    public void MultiscalarProfile_BadInput_IsRefused()
    {
        Assert.Throws<SegregationInputException>(() => Spatial.MultiscalarProfile(Row(), [new(0, 0)], [500]));
        Assert.Throws<SegregationInputException>(() => Spatial.MultiscalarProfile(Row(), [new(0, 0), new(1, 1), new(double.NaN, 2)], [500]));
        Assert.Throws<SegregationInputException>(() => Spatial.MultiscalarProfile(Row(), [new(0, 0), new(1, 1), new(2, 2)], [0]));
    }

    /// <summary>H̃ straight from Reardon and O'Sullivan (2004) with every pair of units visited.</summary>
    private static double BruteForceTheil(double[,] counts, Point[] points, double radius)
    {
        var n = points.Length;
        double total = 0, a = 0;
        for (var u = 0; u < n; u++)
        {
            total += counts[u, 0] + counts[u, 1];
            a += counts[u, 0];
        }

        static double Entropy(double p) => (p <= 0 || p >= 1) ? 0 : -((p * Math.Log(p)) + ((1 - p) * Math.Log(1 - p)));
        var e = Entropy(a / total);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            double envA = 0, envT = 0;
            for (var j = 0; j < n; j++)
            {
                var d2 = Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2);
                var q = d2 / (radius * radius);
                if (q < 1)
                {
                    var w = (1 - q) * (1 - q);
                    envA += w * counts[j, 0];
                    envT += w * (counts[j, 0] + counts[j, 1]);
                }
            }

            sum += (counts[i, 0] + counts[i, 1]) * (e - Entropy(envA / envT));
        }

        return sum / (total * e);
    }
}
