using System.Text;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

/// <summary>The complex templates: splits that must add up, complexes as areas, buurten outside the workspace, CBS ceilings.</summary>
public class ComplexTemplateTests
{
    private const string OvervechtA = "BU03440311"; // a buurt of Overvecht (WK034403)
    private const string OvervechtB = "BU03440312"; // another buurt of Overvecht
    private const string Welgelegen = "BU03440111"; // Welgelegen, Den Hommel: Utrecht, outside Overvecht

    private static readonly PartnerReadContext Context = new(new HashSet<string> { OvervechtA, OvervechtB })
    {
        OtherBuurten = new HashSet<string> { Welgelegen },
        WorkspaceArea = "Overvecht (WK034403)",
        BuurtCeilings = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            [OvervechtA] = new Dictionary<string, double> { ["woningen"] = 1000, ["huishoudens"] = 900 },
        },
    };

    private const string Dwellings = "complex_code;buurt_code;complex_naam;breedtegraad;lengtegraad;woningen;sociale_huur;middenhuur;vrije_sector_huur;koop;huur_tot_aftoppingsgrens;huur_tot_liberalisatiegrens;huur_boven_liberalisatiegrens;geen_huur\n";
    private const string HouseholdsHeader = "complex_code;buurt_code;huishoudens;eenpersoons;zonder_kinderen;met_kinderen;inkomen_laag;inkomen_midden;inkomen_hoog;hoofdbewoner_tot_25;hoofdbewoner_25_44;hoofdbewoner_45_64;hoofdbewoner_65_plus\n";

    private static PartnerDataReadResult Read(string text, PartnerTemplate template) =>
        PartnerDataReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "complexen.csv", template, Context, 1_000_000);

    private static PartnerDataProblem Single(PartnerDataReadResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_Dwellings_StoresComplexesAsAreasBelowTheirBuurtWithNameAndLocation()
    {
        var result = Read(Dwellings + $"Z-12;{OvervechtA};Flat Zambesidreef;52,1135;5.1181;120;100;20;0;0;60;40;20;0\n" +
            $"Z-13;{OvervechtB};Portiek Tigrisdreef;;;40;40;0;0;0;40;0;0;0\n", PartnerTemplates.ComplexenWoningen);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var complexes = PartnerTables.Complexes(PartnerTemplates.ComplexenWoningen, result.Rows).ToList();
        Assert.Equal([$"{OvervechtA}:Z-12", $"{OvervechtB}:Z-13"], complexes.Select(c => c.Code));
        Assert.Equal(("Flat Zambesidreef", 52.1135, 5.1181), (complexes[0].Name, complexes[0].Latitude!.Value, complexes[0].Longitude!.Value));
        Assert.Null(complexes[1].Latitude);
        Assert.True(Core.Areas.AreaCode.Parse(complexes[0].Code).Parent == Core.Areas.AreaCode.Parse(OvervechtA));
        var figures = PartnerTables.Figures(PartnerTemplates.ComplexenWoningen, result.Rows).ToList();
        Assert.Equal(120, figures.Single(f => f.Unit == $"{OvervechtA}:Z-12" && f.Measure == "woningen").Value);
    }

    [Fact]
    public void Read_CategoriesNotAddingUpToTheTotal_NamesRowAndTotalColumn_StoresNothing()
    {
        var problem = Single(Read(HouseholdsHeader + $"Z-12;{OvervechtA};60;30;20;10;20;20;20;5;15;20;20\n" +
            $"Z-13;{OvervechtA};50;30;10;10;20;20;10;5;15;20;9\n", PartnerTemplates.ComplexenHuishoudens));

        Assert.Equal((3, "huishoudens"), (problem.Line, problem.Column));
        Assert.Equal("complexen.csv, regel 3, kolom \"huishoudens\": hoofdbewoner_tot_25 + hoofdbewoner_25_44 + hoofdbewoner_45_64 + hoofdbewoner_65_plus = 49, maar huishoudens = 50; de categorieën moeten precies optellen tot het totaal.", problem.ToString());
    }

    [Fact]
    public void Read_ComplexRepeated_NamesRowAndKeyColumn()
    {
        var problem = Single(Read(HouseholdsHeader + $"Z-12;{OvervechtA};60;30;20;10;20;20;20;5;15;20;20\n" +
            $"Z-12;{OvervechtB};60;30;20;10;20;20;20;5;15;20;20\n", PartnerTemplates.ComplexenHuishoudens));

        Assert.Equal((3, "complex_code"), (problem.Line, problem.Column));
        Assert.Contains("komt al voor op regel 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BuurtOutsideTheWorkspace_SaysSoNamingRowAndColumn()
    {
        var problem = Single(Read(HouseholdsHeader + $"Z-12;{Welgelegen};60;30;20;10;20;20;20;5;15;20;20\n", PartnerTemplates.ComplexenHuishoudens));

        Assert.Equal((2, "buurt_code"), (problem.Line, problem.Column));
        Assert.Equal($"buurt {Welgelegen} ligt niet in het gebied van deze werkruimte (Overvecht (WK034403)); lever alleen complexen en buurten in dit gebied aan.", problem.Message);
    }

    [Theory]
    [InlineData(900, 102, true)] // 1002: within CBS's rounding of 1000
    [InlineData(900, 103, false)] // 1003: more than rounding
    public void Read_ComplexesAboveTheBuurtsCbsCount_RefusedBeyondRounding(int first, int second, bool accepted)
    {
        var result = Read(Dwellings + $"A;{OvervechtA};A;;;{first};{first};0;0;0;{first};0;0;0\n" +
            $"B;{OvervechtA};B;;;{second};{second};0;0;0;{second};0;0;0\n", PartnerTemplates.ComplexenWoningen);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            var problem = Single(result);
            Assert.Equal((3, "woningen"), (problem.Line, problem.Column));
            Assert.Equal($"de complexen in buurt {OvervechtA} tellen samen 1003 woningen, meer dan CBS in de hele buurt telt (1.000, afgerond op vijftallen); controleer de buurtcode en de aantallen.", problem.Message);
        }
    }

    [Theory]
    [InlineData("55.2", "5.1", "breedtegraad")]
    [InlineData("52.1", "abc", "lengtegraad")]
    public void Read_LocationOutsideTheNetherlandsOrNotANumber_NamesTheColumn(string lat, string lon, string column)
    {
        var problem = Single(Read(Dwellings + $"A;{OvervechtA};A;{lat};{lon};10;10;0;0;0;10;0;0;0\n", PartnerTemplates.ComplexenWoningen));

        Assert.Equal((2, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Read_LettingsYearNotAYear_NamesTheColumn()
    {
        var problem = Single(Read("complex_code;jaar;buurt_code;verhuringen;regulier;urgent;statushouder;uitstroom;overige_bemiddeling;inkomen_laag;inkomen_midden;inkomen_hoog\n" +
            $"A;24;{OvervechtA};10;10;0;0;0;0;10;0;0\n", PartnerTemplates.ComplexenVerhuringen));

        Assert.Equal((2, "jaar"), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("complexen-woningen")]
    [InlineData("complexen-huishoudens")]
    [InlineData("complexen-verhuringen")]
    [InlineData("zorg-clienten-buurt")]
    public void ExampleFile_InDocs_IsAcceptedByItsTemplate(string template)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "docs", "voorbeelden", template + ".csv")))
        {
            dir = dir.Parent;
        }

        using var stream = File.OpenRead(Path.Combine(dir.FullName, "docs", "voorbeelden", template + ".csv"));
        var result = PartnerDataReader.Read(stream, template + ".csv", PartnerTemplates.Find(template)!, Context, 1_000_000);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.True(result.Rows.Count >= 2);
    }

    [Fact]
    public void Read_ComplexCodeWithAColon_IsRefusedNamingTheColumn()
    {
        var problem = Single(Read(HouseholdsHeader + $"A:B;{OvervechtA};60;30;20;10;20;20;20;5;15;20;20\n", PartnerTemplates.ComplexenHuishoudens));

        Assert.Equal((2, "complex_code"), (problem.Line, problem.Column));
    }

    [Fact]
    public void Read_YearWithALeadingZero_IsStoredAsTheYear()
    {
        var result = Read("complex_code;jaar;buurt_code;verhuringen;regulier;urgent;statushouder;uitstroom;overige_bemiddeling;inkomen_laag;inkomen_midden;inkomen_hoog\n" +
            $"A;02024;{OvervechtA};10;10;0;0;0;0;10;0;0\n", PartnerTemplates.ComplexenVerhuringen);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Contains(PartnerTables.Figures(PartnerTemplates.ComplexenVerhuringen, result.Rows), f => f.Measure == "2024|regulier" && f.Value == 10);
    }
}
