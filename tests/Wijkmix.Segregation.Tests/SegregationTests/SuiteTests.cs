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
            Assert.Equal(Segregation.Multigroup(table, 2), suite.Multigroup);
            Assert.Equal(table.Groups, suite.GroupsAgainstRest.Select(t => t.Group));
            Assert.Equal(table.Groups.Select(g => Segregation.TwoGroup(table, g)), suite.GroupsAgainstRest);
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Suite_LogBaseOne_IsRefused()
    {
        var table = CountTable.Create(["u1", "u2"], ["A", "B"], new double[,] { { 1, 2 }, { 3, 4 } });
        Assert.Throws<SegregationInputException>(() => Segregation.Suite(table, 1));
    }
}
