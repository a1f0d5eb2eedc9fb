namespace Wijkmix.Segregation.Tests;

/// <summary>Every input the engine refuses, and that the refusal names the unit and group at fault.</summary>
public class SegregationInputExceptionTests
{
    private static readonly CountTable Table = CountTable.Create(["u1", "u2"], ["A", "B", "C"], new double[,] { { 3, 1, 0 }, { 0, 1, 1 } });

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Create_BadCount_NamesUnitAndGroup(double bad)
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.Create(["u1", "Centrum"], ["A", "B"], new double[,] { { 1, 2 }, { 3, bad } }));
        Assert.Equal(("Centrum", "B"), (e.Unit, e.Group));
        Assert.Contains("Centrum", e.Message, StringComparison.Ordinal);
        Assert.Contains("B", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromLong_BadCount_NamesUnitAndGroupEvenIfTheSumWouldBeFine(double bad)
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.FromLong([("Oost", "laag", 5), ("Oost", "hoog", bad), ("Oost", "hoog", 3), ("West", "laag", 1)]));
        Assert.Equal(("Oost", "hoog"), (e.Unit, e.Group));
        Assert.Contains("Oost", e.Message, StringComparison.Ordinal);
        Assert.Contains("hoog", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EmptyUnit_NamesTheUnit()
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.Create(["u1", "Haven"], ["A", "B"], new double[,] { { 1, 2 }, { 0, 0 } }));
        Assert.Equal("Haven", e.Unit);
        Assert.Null(e.Group);
        Assert.Contains("Haven", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLong_UnitWithOnlyZeroRows_NamesTheUnit()
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.FromLong([("u1", "A", 1), ("u1", "B", 1), ("Haven", "A", 0)]));
        Assert.Equal("Haven", e.Unit);
    }

    [Fact]
    public void Create_GroupAbsentEverywhere_NamesTheGroup()
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.Create(["u1", "u2"], ["A", "onbekend", "B"], new double[,] { { 1, 0, 2 }, { 3, 0, 4 } }));
        Assert.Equal("onbekend", e.Group);
        Assert.Null(e.Unit);
        Assert.Contains("onbekend", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(2, 3)]
    public void Create_MatrixOfTheWrongShape_SaysBothShapes(int rows, int columns)
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.Create(["u1", "u2"], ["A", "B"], new double[rows, columns]));
        Assert.Contains($"{rows} × {columns}", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 units × 2 groups", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateUnit_NamesTheUnit()
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.Create(["Noord", "Zuid", "Noord"], ["A", "B"], new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }));
        Assert.Equal("Noord", e.Unit);
        Assert.Null(e.Group);
        Assert.Contains("Noord", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateGroup_NamesTheGroup()
    {
        var e = Assert.Throws<SegregationInputException>(() =>
            CountTable.Create(["u1"], ["laag", "hoog", "laag"], new double[,] { { 1, 2, 3 } }));
        Assert.Equal("laag", e.Group);
        Assert.Null(e.Unit);
    }

    [Fact]
    public void Create_EmptyName_IsRefused()
    {
        var e = Assert.Throws<SegregationInputException>(() => CountTable.Create(["u1", ""], ["A", "B"], new double[,] { { 1, 2 }, { 3, 4 } }));
        Assert.Equal("", e.Unit);
    }

    [Fact]
    public void Create_OneGroup_IsRefused()
    {
        var e = Assert.Throws<SegregationInputException>(() => CountTable.Create(["u1", "u2"], ["A"], new double[,] { { 1 }, { 2 } }));
        Assert.Contains("two groups", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLong_OneGroup_IsRefused()
    {
        Assert.Throws<SegregationInputException>(() => CountTable.FromLong([("u1", "A", 1), ("u2", "A", 2)]));
    }

    [Fact]
    public void Create_NoUnits_IsRefused()
    {
        var e = Assert.Throws<SegregationInputException>(() => CountTable.Create([], ["A", "B"], new double[0, 2]));
        Assert.Contains("0 units", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLong_NoRows_IsRefused()
    {
        Assert.Throws<SegregationInputException>(() => CountTable.FromLong([]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Aggregate_UnitWithoutParent_NamesTheUnit(string? parent)
    {
        var e = Assert.Throws<SegregationInputException>(() => Table.Aggregate(["W1", parent!]));
        Assert.Equal("u2", e.Unit);
        Assert.Contains("u2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_UnitWithoutParent_NamesTheUnit()
    {
        var e = Assert.Throws<SegregationInputException>(() => Segregation.Local(Table, ["", "W1"]));
        Assert.Equal("u1", e.Unit);
    }

    [Fact]
    public void Decompose_UnitWithoutAncestor_NamesTheUnit()
    {
        var e = Assert.Throws<SegregationInputException>(() => Segregation.Decompose(Table, [("wijk", ["W1", ""])]));
        Assert.Equal("u2", e.Unit);
    }

    [Fact]
    public void Aggregate_ParentListOfTheWrongLength_SaysBothLengths()
    {
        var e = Assert.Throws<SegregationInputException>(() => Table.Aggregate(["W1", "W1", "W2"]));
        Assert.Contains("3 units", e.Message, StringComparison.Ordinal);
        Assert.Contains("has 2", e.Message, StringComparison.Ordinal);
        Assert.Throws<SegregationInputException>(() => Segregation.Local(Table, ["W1"]));
        Assert.Throws<SegregationInputException>(() => Segregation.Decompose(Table, [("wijk", ["W1"])]));
    }

    [Fact]
    public void Decompose_LevelsThatDoNotNest_NamesTheUnitAndTheLevels()
    {
        var table = CountTable.Create(["b1", "b2", "b3"], ["A", "B"], new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        // Wijk W1 holds b1 (gemeente G1) and b2 (gemeente G2): one wijk in two gemeenten.
        var e = Assert.Throws<SegregationInputException>(() =>
            Segregation.Decompose(table, [("wijk", ["W1", "W1", "W2"]), ("gemeente", ["G1", "G2", "G2"])]));
        Assert.Equal("b2", e.Unit);
        Assert.Contains("b2", e.Message, StringComparison.Ordinal);
        Assert.Contains("wijk", e.Message, StringComparison.Ordinal);
        Assert.Contains("gemeente", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompose_LevelsListedTopDown_DoNotNest()
    {
        var table = CountTable.Create(["b1", "b2", "b3"], ["A", "B"], new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        Assert.Throws<SegregationInputException>(() =>
            Segregation.Decompose(table, [("gemeente", ["G", "G", "G"]), ("wijk", ["W1", "W1", "W2"])]));
    }

    [Fact]
    public void TwoGroup_UnknownGroup_NamesIt()
    {
        var e = Assert.Throws<SegregationInputException>(() => Segregation.TwoGroup(Table, "Z"));
        Assert.Equal("Z", e.Group);
        Assert.Contains("Z", e.Message, StringComparison.Ordinal);
        Assert.Contains("A, B, C", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoGroup_UnknownReference_NamesIt()
    {
        var e = Assert.Throws<SegregationInputException>(() => Segregation.TwoGroup(Table, "A", "Z"));
        Assert.Equal("Z", e.Group);
    }

    [Fact]
    public void TwoGroup_GroupAgainstItself_IsRefused()
    {
        var e = Assert.Throws<SegregationInputException>(() => Segregation.TwoGroup(Table, "A", "A"));
        Assert.Equal("A", e.Group);
    }

    [Fact]
    public void Binary_UnknownGroup_NamesIt()
    {
        Assert.Equal("Z", Assert.Throws<SegregationInputException>(() => Table.Binary("Z")).Group);
    }

    [Theory]
    [InlineData("Z", "A")]
    [InlineData("A", "Z")]
    public void Pair_UnknownGroup_NamesIt(string a, string b)
    {
        Assert.Equal("Z", Assert.Throws<SegregationInputException>(() => Table.Pair(a, b)).Group);
    }

    [Fact]
    public void Atkinson_UnknownGroup_NamesIt()
    {
        Assert.Equal("Z", Assert.Throws<SegregationInputException>(() => Segregation.Atkinson(Table, "Z", 0.5)).Group);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Atkinson_ShapeOutsideZeroOne_IsRefused(double b)
    {
        var e = Assert.Throws<SegregationInputException>(() => Segregation.Atkinson(Table, "A", b));
        Assert.Contains("between 0 and 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LogBase_AtMostOneOrNotFinite_IsRefusedEverywhere(double logBase)
    {
        Assert.Throws<SegregationInputException>(() => Segregation.Multigroup(Table, logBase));
        Assert.Throws<SegregationInputException>(() => Segregation.MutualInformation(Table, logBase));
        Assert.Throws<SegregationInputException>(() => Segregation.Local(Table, logBase: logBase));
        Assert.Throws<SegregationInputException>(() => Segregation.GroupContributions(Table, logBase));
        var e = Assert.Throws<SegregationInputException>(() => Segregation.Decompose(Table, [], logBase: logBase));
        Assert.Contains("log base", e.Message, StringComparison.Ordinal);
    }
}
