using CsCheck;

namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary><see cref="Segregation.Atkinson"/> takes any shape 0 &lt; b &lt; 1, not only the three of the suite.</summary>
public class AtkinsonShapeTests
{
    [Fact]
    public void Atkinson_AnyShapeBetweenZeroAndOne_MatchesTheDefinition()
    {
        var shape = Gen.Double[0.001, 0.999];
        var counts = Gen.Int[1, 300].Select(i => (double)i).Array[2].Array[8];
        Gen.Select(shape, counts).Sample((b, rows) =>
        {
            var c = Naive.Matrix(rows);
            var table = CountTable.Create([.. Enumerable.Range(0, 8).Select(u => "u" + u)], ["A", "B"], c);
            var (x, y) = Naive.Binary(c, 0);
            Assert.Equal(Naive.Atkinson(x, y, b), Segregation.Atkinson(table, "A", b), 1e-12); // a tolerance: rounding both to 12 places failed when they straddled a rounding boundary
        }, iter: 200);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.25)]
    [InlineData(0.75)]
    [InlineData(0.99)]
    public void Atkinson_AnyShape_IsOneForSeparationAndZeroForAnEvenTable(double b)
    {
        // Complete separation gives 1 and an even table 0 for every shape.
        var separated = CountTable.Create(["u", "v"], ["A", "B"], new double[,] { { 10, 0 }, { 0, 30 } });
        var even = CountTable.Create(["u", "v"], ["A", "B"], new double[,] { { 10, 30 }, { 5, 15 } });
        Assert.Equal(1, Segregation.Atkinson(separated, "A", b), 12);
        Assert.Equal(0, Segregation.Atkinson(even, "A", b), 12);
    }
}
