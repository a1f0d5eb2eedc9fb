using System.Text.Json;

namespace Wijkmix.Cli.Tests;

public class SegregationCommandTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    [Fact]
    public void Segregation_AmsterdamEducation2019_PrintsIndicesDecompositionAndTopAreas()
    {
        var run = demo.Run("segregation", "--by", "education", "--level", "buurt", "--within", "wijk", "--year", "2019", "Amsterdam", "--bootstrap", "100");
        Assert.Equal(0, run.ExitCode);
        foreach (var part in new[] { "Segregatie naar opleidingsniveau in Amsterdam, 2019", "Alle groepen samen", "95%-interval", "Bij toeval",
                     "Elke groep tegen de rest", "Uitsplitsing naar schaal", "tussen wijken", "tussen buurten binnen hun wijken", "Gebieden die het meest bijdragen" })
        {
            Assert.Contains(part, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Segregation_SameSeed_SameOutput_OtherSeed_OtherIntervals()
    {
        string[] args = ["segregation", "--by", "migration", "--year", "2019", "Utrecht", "--bootstrap", "60"];
        var first = demo.Run([.. args, "--seed", "7"]);
        var again = demo.Run([.. args, "--seed", "7"]);
        var other = demo.Run([.. args, "--seed", "8"]);
        Assert.Equal(first.Output, again.Output);
        Assert.NotEqual(first.Output, other.Output);
    }

    [Fact]
    public void Segregation_JsonOutput_DecompositionAddsUpToM()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "seg.json");
        var run = demo.Run("segregation", "--by", "migration", "--year", "2021", "--compare-year", "2019", "Den Haag", "-o", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Verandering 2021 → 2019", run.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = doc.RootElement.EnumerateArray().ToList();
        var change = rows.Where(r => r.GetProperty("scope").GetString() == "change_from_2021").ToDictionary(r => r.GetProperty("group").GetString()!, r => r.GetProperty("value").GetDouble());
        Assert.Equal(change["total"], change["additions"] + change["removals"] + change["group_shares"] + change["unit_sizes"] + change["structural"], 12);
        foreach (var year in new[] { 2019, 2021 })
        {
            var m = rows.Single(r => r.GetProperty("year").GetInt32() == year && r.GetProperty("scope").GetString() == "all" && r.GetProperty("index").GetString() == "M");
            var parts = rows.Where(r => r.GetProperty("year").GetInt32() == year && r.GetProperty("scope").GetString() == "decomposition").Sum(r => r.GetProperty("value").GetDouble());
            Assert.Equal(m.GetProperty("value").GetDouble(), parts, 12);
        }
    }

    [Fact]
    public void Segregation_WijkLevel_SplitsBetweenGemeentenAndWithin_AndRefusesAParentThatIsNotCoarser()
    {
        var run = demo.Run("segregation", "--by", "origin", "--level", "wijk", "--year", "2024", "Utrecht");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tussen wijken binnen hun gemeenten", run.Output, StringComparison.Ordinal);
        var refused = demo.Run("segregation", "--by", "origin", "--level", "wijk", "--within", "wijk", "--year", "2024", "Utrecht");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--within moet een niveau boven de wijken zijn", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Segregation_UnknownGrouping_IsAUsageError()
    {
        var run = demo.Run("segregation", "--by", "religion", "Utrecht");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("education, migration, origin, age, household", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Segregation_YearWithoutCounts_ListsTheYearsThatHaveThem()
    {
        var run = demo.Run("segregation", "--by", "education", "--year", "2021", "Amsterdam");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2019", run.Output, StringComparison.Ordinal);
    }
}

public class SpatialSegregationCommandTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    [Fact]
    public void Segregation_UtrechtWijken2024_AddsSpatialIndicesFromTheBoundaries()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "ruimtelijk.json");
        var run = demo.Run("segregation", "--by", "origin", "--level", "wijk", "--within", "gemeente", "--year", "2024", "Utrecht", "-o", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ruimtelijk: buren en afstanden", run.Output, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = doc.RootElement.EnumerateArray().ToList();
        double Value(string scope, string index, string? group) => rows.Single(r => r.GetProperty("scope").GetString() == scope
            && r.GetProperty("index").GetString() == index && (group is null || r.GetProperty("group").GetString() == group)).GetProperty("value").GetDouble();
        // Neighbouring wijken differ less than distant ones: adjusting for adjacency lowers D, but not below 0.
        Assert.InRange(Value("spatial", "D_adjacency", "outside_europe"), 0, Value("group_vs_rest", "D", "outside_europe"));
        // Centralisation lies between −1 and 1 and is reported for every group, with the land area from KWB 2024.
        Assert.All(new[] { "outside_europe", "europe", "netherlands" }, g => Assert.InRange(Value("spatial", "ACE", g), -1, 1));
        Assert.All(new[] { "outside_europe", "europe", "netherlands" }, g => Assert.InRange(Value("spatial", "RCE", g), -1, 1));
        // Wider surroundings mix more: the profile does not rise from 500 m to 4 km.
        Assert.True(Value("spatial", "H_within_4000m", null) <= Value("spatial", "H_within_500m", null));
    }

    [Fact]
    public void Segregation_BuurtenWithoutBoundaries_SaysSpatialIsSkipped()
    {
        // Amsterdam re-coded its buurten in 2022; the bundled buurt boundaries are those of 2019.
        var run = demo.Run("segregation", "--by", "age", "--year", "2024", "Amsterdam");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ruimtelijke indices overgeslagen", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Segregation_BuurtenWithBundledBoundaries_ComputesSpatialIndices()
    {
        // Utrecht's 111 buurten of 2019 are in the bundled national buurt map of 2019.
        var run = demo.Run("segregation", "--by", "age", "--year", "2019", "Utrecht");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ruimtelijk: buren en afstanden", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ruimtelijke indices overgeslagen", run.Output, StringComparison.Ordinal);
    }
}
