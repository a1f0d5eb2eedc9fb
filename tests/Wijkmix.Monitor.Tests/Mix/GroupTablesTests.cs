using System.Globalization;
using System.IO.Compression;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Segregation;

namespace Wijkmix.Monitor.Tests;

/// <summary>Count tables from the store against the raw CBS file, read here independently of the importers.</summary>
public class GroupTablesTests(DemoStore demo) : IClassFixture<DemoStore>
{
    /// <summary>Education counts per buurt of Amsterdam 2019, straight from the OData CSV: null where CBS wrote '.'.</summary>
    private static Dictionary<string, double?[]> RawEducation()
    {
        using var gzip = new GZipStream(File.OpenRead(Scratch.Bundled("kwb_buurt_g4_2019_2021", "kwb2019_84583NED_amsterdam_allcolumns.csv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var header = reader.ReadLine()!.Split(';').Select(h => h.Trim('"', '\uFEFF')).ToList();
        int code = header.IndexOf("WijkenEnBuurten"), low = header.IndexOf("OpleidingsniveauLaag_64");
        var result = new Dictionary<string, double?[]>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(';').Select(c => c.Trim('"').Trim()).ToArray();
            if (cells[code].StartsWith("BU", StringComparison.Ordinal))
            {
                result[cells[code]] = Enumerable.Range(low, 3)
                    .Select(i => cells[i] == "." ? (double?)null : double.Parse(cells[i], CultureInfo.InvariantCulture)).ToArray();
            }
        }

        return result;
    }

    [Fact]
    public void Build_Education2019_MatchesTheFileAndLeavesOutSuppressedBuurten()
    {
        var raw = RawEducation();
        var input = GroupTables.Build(demo.Store, AreaCode.Parse("GM0363"), AreaLevel.Neighbourhood, 2019, Grouping.Find("education")!);

        var complete = raw.Where(r => r.Value.All(v => v is not null) && r.Value.Sum() > 0).Select(r => r.Key).Order().ToList();
        Assert.Equal(complete, input.Units.Select(u => u.Value).Order());
        Assert.Equal(raw.Count - complete.Count, input.Excluded.Count);
        for (var u = 0; u < input.Table.UnitCount; u++)
        {
            var counts = raw[input.Table.Units[u]];
            Assert.Equal([counts[0]!.Value, counts[1]!.Value, counts[2]!.Value], [input.Table[u, 0], input.Table[u, 1], input.Table[u, 2]]);
        }
    }

    [Fact]
    public void Build_Education2019_TwoGroupDissimilarityEqualsTheTextbookFormulaOnTheFile()
    {
        var raw = RawEducation().Values.Where(v => v.All(x => x is not null) && v.Sum() > 0).ToList();
        double lowTotal = raw.Sum(v => v[0]!.Value), restTotal = raw.Sum(v => v[1]!.Value + v[2]!.Value);
        var expected = 0.5 * raw.Sum(v => Math.Abs((v[0]!.Value / lowTotal) - ((v[1]!.Value + v[2]!.Value) / restTotal)));

        var input = GroupTables.Build(demo.Store, AreaCode.Parse("GM0363"), AreaLevel.Neighbourhood, 2019, Grouping.Find("education")!);

        Assert.Equal(expected, Segregation.Segregation.TwoGroup(input.Table, "low").Dissimilarity, 12);
    }

    [Fact]
    public void Build_Migration_DutchIsTheRemainderOfInhabitants()
    {
        var input = GroupTables.Build(demo.Store, AreaCode.Parse("GM0344"), AreaLevel.Neighbourhood, 2019, Grouping.Find("migration")!);
        var u = input.Units.ToList().FindIndex(c => c.Value == "BU03440111");
        // KWB 2019 Utrecht BU03440111: 1 500 inhabitants, 170 Western, 125 non-Western.
        Assert.Equal([125, 170, 1500 - 170 - 125], [input.Table[u, 0], input.Table[u, 1], input.Table[u, 2]]);
    }

    [Fact]
    public void Build_Decomposition_UsesTheWijkOfEachBuurt()
    {
        var input = GroupTables.Build(demo.Store, AreaCode.Parse("GM0344"), AreaLevel.Neighbourhood, 2019, Grouping.Find("age")!);
        Assert.All(input.Units.Zip(input.AncestorsAt(AreaLevel.District)), p => Assert.Equal(p.First.Parent!.Value.Value, p.Second));
        var parts = Segregation.Segregation.Decompose(input.Table, [("wijk", input.AncestorsAt(AreaLevel.District))], "buurt");
        Assert.Equal(Segregation.Segregation.MutualInformation(input.Table), parts.Components.Sum(c => c.MutualInformation), 12);
    }

    [Fact]
    public void Build_YearWithoutCounts_SaysWhatIsMissing()
    {
        var error = Assert.Throws<SegregationInputException>(() =>
            GroupTables.Build(demo.Store, AreaCode.Parse("GM0363"), AreaLevel.Neighbourhood, 2021, Grouping.Find("education")!));
        Assert.Contains("education", error.Message, StringComparison.Ordinal);
    }
}
