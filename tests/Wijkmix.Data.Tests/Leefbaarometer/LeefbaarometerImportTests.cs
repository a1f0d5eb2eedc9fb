using Wijkmix.Core.Areas;
using Wijkmix.Data.Import;
using Wijkmix.Data.Leefbaarometer;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Tests.Leefbaarometer;

/// <summary>
/// The Leefbaarometer 3.0 score file as downloaded (data/leefbaarometer, Amstelveen's 14 wijken × 4 years): read with the
/// real values, stored as the dataset "leefbaarometer", and refused with file, line and column on bad input, storing nothing.
/// </summary>
public sealed class LeefbaarometerImportTests
{
    private static string RealFile => Path.Combine(AppContext.BaseDirectory, "data", "leefbaarometer", "AmstelveenDataWithDimensions.csv");

    private static readonly string RealText = File.ReadAllText(RealFile);

    private static string Header => RealText[..RealText.IndexOf('\n', StringComparison.Ordinal)];

    private static double? Score(ParsedFile file, string code, int year, string variable) =>
        file.Observations.Single(o => o.Area.Value == code && o.Year == year && o.VariableId == variable).Value;

    [Fact]
    public void Read_RealFile_IsDetectedAndHoldsEveryScore()
    {
        var file = Importer.Read(RealFile);

        Assert.True(file.IsValid, string.Join("; ", file.Problems));
        Assert.Equal(ImportFormat.Leefbaarometer, file.Format);
        Assert.Equal(LeefbaarometerFile.Dataset, file.Dataset);
        Assert.Equal(14, file.Areas.Select(a => a.Code).Distinct().Count());
        Assert.Equal([2014, 2018, 2020, 2022], file.Years);
        Assert.Equal(56 * 7, file.Observations.Count);
        // Values as in the file (Randwijck, WK036201).
        Assert.Equal(4.270599604867483, Score(file, "WK036201", 2014, "lbm_score"));
        Assert.Equal(0.1683347537237974, Score(file, "WK036201", 2014, "lbm_afw"));
        Assert.Equal(0.044195112697823, Score(file, "WK036201", 2014, "lbm_onv"));
        Assert.Equal(-0.0061422468061473, Score(file, "WK036201", 2022, "lbm_won"));
        Assert.Equal("Randwijck", file.Areas.First(a => a.Code.Value == "WK036201").Name);
    }

    [Fact]
    public void Read_RealFile_DeviationIsTheSumOfTheDimensions_AndScoreIsOneReferencePlusDeviation()
    {
        var file = Importer.Read(RealFile);
        foreach (var g in file.Observations.GroupBy(o => (o.Area, o.Year)))
        {
            double V(string id) => g.Single(o => o.VariableId == id).Value!.Value;
            Assert.Equal(V("lbm_afw"), V("lbm_fys") + V("lbm_onv") + V("lbm_soc") + V("lbm_vrz") + V("lbm_won"), 1e-12);
            Assert.Equal(4.102264851, V("lbm_score") - V("lbm_afw"), 1e-9);
        }
    }

    [Fact]
    public void Store_RealFile_KeepsCbsNamesAndAddsNoAreaYear_AndImportsOnce()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        var result = store.Store(Importer.Read(RealFile));

        Assert.Equal(StoreStatus.Stored, result.Status);
        Assert.Equal(392, result.Observations);
        var stored = store.Get([AreaCode.Parse("WK036201")], ["lbm_score"]).OrderBy(o => o.Year).ToList();
        Assert.Equal([4.270599604867483, 4.302987301626246, 4.310702457253576, 4.328186939975703], stored.Select(o => o.Value!.Value));
        // A scoring source does not define the division: no area-years, so no profile year appears out of nothing.
        Assert.Empty(store.FindArea(AreaCode.Parse("WK036201"))!.Years);
        Assert.Equal(StoreStatus.AlreadyImported, store.Store(Importer.Read(RealFile)).Status);
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "lbm-tekst.csv", "1,WK036201,Randwijck,2014,veel,0.1,0,0,0,0,0\n", "lbm-tekst.csv:2, kolom lbm: \"veel\" is geen getal" },
        { "lbm-code.csv", "1,WK03620,Randwijck,2014,4.2,0.1,0,0,0,0,0\n", "lbm-code.csv:2, kolom wk_code: \"WK03620\" is geen CBS-gebiedscode" },
        { "lbm-niveau.csv", "1,BU03620101,Randwijck,2014,4.2,0.1,0,0,0,0,0\n", "lbm-niveau.csv:2, kolom wk_code: soort regio \"wk_code\" past niet bij code BU03620101" },
        { "lbm-jaar.csv", "1,WK036201,Randwijck,twintig,4.2,0.1,0,0,0,0,0\n", "lbm-jaar.csv:2, kolom jaar: \"twintig\" is geen geldig jaar" },
        { "lbm-dubbel.csv", "1,WK036201,Randwijck,2014,4.2,0.1,0,0,0,0,0\n2,WK036201,Randwijck,2014,4.3,0.1,0,0,0,0,0\n", "lbm-dubbel.csv:3, kolom wk_code: gebied WK036201 in 2014 komt dubbel voor (eerder op regel 2)" },
        { "lbm-velden.csv", "1,WK036201,Randwijck,2014,4.2\n", "lbm-velden.csv:2: 5 velden, verwacht 11" },
        { "lbm-dimensie.csv", "1,WK036201,Randwijck,2014,4.2,0.1,0,x1,0,0,0\n", "lbm-dimensie.csv:2, kolom onv: \"x1\" is geen getal" },
        { "lbm-leeg.csv", string.Empty, "lbm-leeg.csv:2: geen enkele regel met scores onder de kopregel" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Store_BadFile_NamesFileLineAndColumn_AndStoresNothing(string name, string rows, string message)
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Importer.Read(RealFile));
        var before = store.Fingerprint();

        var bad = Importer.Read(scratch.File(name, Header + "\n" + rows), new ImportOptions { Format = ImportFormat.Leefbaarometer });

        Assert.False(bad.IsValid);
        Assert.Contains(bad.Problems, p => p.ToString().StartsWith(message, StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => store.Store(bad));
        Assert.Equal(before, store.Fingerprint());
    }

    [Fact]
    public void Read_WithoutScoreColumn_IsRefusedAsNoLeefbaarometerFile()
    {
        using var scratch = new Scratch();
        var file = Importer.Read(scratch.File("geen-lbm.csv", "wk_code,jaar,score\nWK036201,2014,4.2\n"), new ImportOptions { Format = ImportFormat.Leefbaarometer });
        Assert.Equal("geen-lbm.csv: geen Leefbaarometer-bestand: verwacht de kolommen bu_code, wk_code of gm_code, jaar en lbm", Assert.Single(file.Problems).ToString());
    }
}
