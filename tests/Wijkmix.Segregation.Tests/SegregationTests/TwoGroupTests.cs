namespace Wijkmix.Segregation.Tests.SegregationTests;

public class TwoGroupTests
{
    // u1 3 1 0 / u2 0 1 1 / u3 1 0 1 / u4 0 0 2 — the Pair-against-Binary cases of reference-cases.txt.
    private static readonly CountTable Three = CountTable.Create(
        ["u1", "u2", "u3", "u4"], ["A", "B", "C"], new double[,] { { 3, 1, 0 }, { 0, 1, 1 }, { 1, 0, 1 }, { 0, 0, 2 } });

    [Fact]
    public void TwoGroup_PairAgainstBinary_DiffersAsComputedByHand()
    {
        var binary = Segregation.TwoGroup(Three, "A");
        var pair = Segregation.TwoGroup(Three, "A", "B");

        // Binary(A): x = 3,0,1,0 y = 1,2,1,2 (B + C), P = 4/10.
        //   D = ½ (7/12 + 4/12 + 1/12 + 4/12) = 2/3; xPx = 9/16 + 2/16 = 11/16; eta² = (11/16 − 2/5) / (3/5) = 23/48.
        // Pair(A, B): x = 3,0,1 y = 1,1,0 (u4 dropped, C ignored), P = 4/6.
        //   D = ½ (1/4 + 1/2 + 1/4) = 1/2; xPx = 9/16 + 4/16 = 13/16; eta² = (13/16 − 2/3) / (1/3) = 7/16.
        Assert.Equal(("A", "rest"), (binary.Group, binary.Reference));
        Assert.Equal(("A", "B"), (pair.Group, pair.Reference));
        Assert.Equal(2.0 / 3, binary.Dissimilarity, 15);
        Assert.Equal(0.5, pair.Dissimilarity, 15);
        Assert.Equal(11.0 / 16, binary.Isolation, 15);
        Assert.Equal(13.0 / 16, pair.Isolation, 15);
        Assert.Equal(5.0 / 16, binary.Exposure, 15);
        Assert.Equal(3.0 / 16, pair.Exposure, 15);
        Assert.Equal(23.0 / 48, binary.CorrelationRatio, 15);
        Assert.Equal(7.0 / 16, pair.CorrelationRatio, 15);
    }

    [Fact]
    public void TwoGroup_PairOfTwoGroupTable_EqualsBinary()
    {
        var two = CountTable.Create(["u1", "u2", "u3"], ["A", "B"], new double[,] { { 1, 1 }, { 1, 3 }, { 0, 2 } });
        var binary = Segregation.TwoGroup(two, "A");
        var pair = Segregation.TwoGroup(two, "A", "B");
        Assert.Equal(binary with { Reference = "B" }, pair);
    }

    [Fact]
    public void TwoGroup_ReferenceFirst_SwapsIsolationAndIsSymmetricInD()
    {
        var ab = Segregation.TwoGroup(Three, "A", "B");
        var ba = Segregation.TwoGroup(Three, "B", "A");
        Assert.Equal(ab.Dissimilarity, ba.Dissimilarity, 15);
        Assert.Equal(ab.Gini, ba.Gini, 15);
        Assert.Equal(ab.Theil, ba.Theil, 15);
        Assert.Equal(ab.CorrelationRatio, ba.CorrelationRatio, 15); // eta² is symmetric in the two groups
        // B: x = 1,1,0 over t = 4,1,1 → bPb = (1/2)(1/4) + (1/2)(1) = 5/8.
        Assert.Equal(5.0 / 8, ba.Isolation, 15);
    }
}
