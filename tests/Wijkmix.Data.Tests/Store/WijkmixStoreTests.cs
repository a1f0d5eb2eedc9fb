using Microsoft.Data.Sqlite;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Tests.Store;

public class WijkmixStoreTests
{
    private const string Header = "\"ID\";\"WijkenEnBuurten\";\"SoortRegio_2\";\"AantalInwoners_5\";\"Mannen_6\"";

    private static ParsedFile Parse(Scratch scratch, string name, params (string Code, string Level, string Inhabitants, string Men)[] rows)
    {
        var text = Header + "\n" + string.Concat(rows.Select((r, i) => $"\"{i}\";\"{r.Code}\";\"{r.Level}\";\"{r.Inhabitants}\";\"{r.Men}\"\n"));
        var parsed = Importer.Read(scratch.File(name, text), new ImportOptions { Year = 2021 });
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        return parsed;
    }

    [Fact]
    public void Open_NewFile_MigratesToCurrentSchema()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        Assert.True(store.IsEmpty);
        Assert.Equal(WijkmixStore.SchemaVersion, store.Info().SchemaVersion);
    }

    [Fact]
    public void Get_InfinityStoredByAnEarlierVersion_ReadsAsNoFigure()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Parse(scratch, "a.csv", ("GM0344    ", "Gemeente  ", "359370", "176554")));
        using (var connection = new SqliteConnection($"Data Source={store.Path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE observation SET value = 9e999 WHERE variable_id = (SELECT id FROM variable WHERE name = 'inhabitants')";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var read = store.Get([AreaCode.Parse("GM0344")], ["inhabitants", "men"]).ToDictionary(o => o.VariableId);
        Assert.Null(read["inhabitants"].Value);
        Assert.Equal(176554, read["men"].Value);
    }

    [Fact]
    public void Open_StoreFromANewerWijkmix_IsRefusedWithMessage()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "new.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => WijkmixStore.Open(path));
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_SameFileTwice_ChangesNothing()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        var file = Parse(scratch, "a.csv", ("GM0344", "Gemeente", "359370", "176554"));
        Assert.Equal(StoreStatus.Stored, store.Store(file).Status);
        var before = store.Fingerprint();
        Assert.Equal(StoreStatus.AlreadyImported, store.Store(file).Status);
        Assert.Equal(before, store.Fingerprint());
    }

    [Fact]
    public void Store_OtherValuesForAStoredYear_AreRefusedWithoutConfirmation_AndStoreIsUnchanged()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Parse(scratch, "first.csv", ("GM0344", "Gemeente", "359370", "176554"), ("WK034401", "Wijk", "29255", "14210")));
        var before = store.Fingerprint();

        var result = store.Store(Parse(scratch, "second.csv", ("GM0344", "Gemeente", "359371", "176554"), ("WK034401", "Wijk", "29255", "14210")));

        Assert.Equal(StoreStatus.Conflict, result.Status);
        Assert.Equal(new ValueConflict(2021, "kwb", 1, "GM0344", "inhabitants", 359370, 359371), result.Conflict);
        Assert.Contains("--replace", result.Conflict!.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, store.Fingerprint());
    }

    [Fact]
    public void Store_WithReplace_ReplacesThatYearForTheFilesAreasOnly()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Parse(scratch, "first.csv", ("GM0344", "Gemeente", "359370", "176554"), ("WK034401", "Wijk", "29255", "14210")));

        var result = store.Store(Parse(scratch, "second.csv", ("GM0344", "Gemeente", "359371", ".")), replace: true);

        Assert.Equal(StoreStatus.Stored, result.Status);
        Assert.Equal(2, result.Replaced);
        var city = store.Get([AreaCode.Parse("GM0344")], ["inhabitants", "men"]).ToDictionary(o => o.VariableId, o => o.Value);
        Assert.Equal(359371, city["inhabitants"]);
        Assert.Null(city["men"]);
        Assert.Equal(29255, store.Get([AreaCode.Parse("WK034401")], ["inhabitants"]).Single().Value);
    }

    [Fact]
    public void Store_NumberForAStoredSuppressedCell_FillsIt_SuppressedNeverOverwritesANumber()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Parse(scratch, "first.csv", ("GM0344", "Gemeente", "359370", ".")));
        var second = store.Store(Parse(scratch, "later-release.csv", ("GM0344", "Gemeente", ".", "176554")));

        Assert.Equal(StoreStatus.Stored, second.Status);
        Assert.Equal(1, second.Filled);
        var city = store.Get([AreaCode.Parse("GM0344")], ["inhabitants", "men"]).ToDictionary(o => o.VariableId, o => o.Value);
        Assert.Equal(359370, city["inhabitants"]);
        Assert.Equal(176554, city["men"]);
    }

    [Fact]
    public void StoreAll_WithReplace_FilesOfOneBatchDoNotEraseEachOther()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Parse(scratch, "old.csv", ("GM0344", "Gemeente", "1", "1")));
        var inhabitants = Importer.Read(scratch.File("a.csv", "\"ID\";\"WijkenEnBuurten\";\"AantalInwoners_5\"\n\"1\";\"GM0344\";\"359370\"\n"), new ImportOptions { Year = 2021 });
        var men = Importer.Read(scratch.File("b.csv", "\"ID\";\"WijkenEnBuurten\";\"Mannen_6\"\n\"1\";\"GM0344\";\"176554\"\n"), new ImportOptions { Year = 2021 });

        var results = store.StoreAll([inhabitants, men], replace: true);

        Assert.All(results, r => Assert.Equal(StoreStatus.Stored, r.Status));
        var city = store.Get([AreaCode.Parse("GM0344")], ["inhabitants", "men"]).ToDictionary(o => o.VariableId, o => o.Value);
        Assert.Equal(359370, city["inhabitants"]);
        Assert.Equal(176554, city["men"]);
    }

    [Fact]
    public void Store_FileWithoutCountryRow_LeavesNederlandWithoutMunicipalityName()
    {
        using var scratch = new Scratch();
        var path = scratch.File("a.csv", "\"Wijken en buurten\";\"Regioaanduiding/Gemeentenaam (naam)\";\"Regioaanduiding/Codering (code)\";\"Bevolking/Aantal inwoners (aantal)\"\n\"Groningen\";\"Groningen\";\"GM0014\";\"1\"\n");
        using var store = scratch.Store();
        store.Store(Importer.Read(path, new ImportOptions { Year = 2024 }));
        Assert.Null(store.FindArea(AreaCode.Country)!.MunicipalityName);
    }

    [Fact]
    public void StoreAll_OneFileConflicts_NothingAtAllIsStored()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Parse(scratch, "first.csv", ("GM0344", "Gemeente", "359370", "176554")));
        var before = store.Fingerprint();

        var results = store.StoreAll([
            Parse(scratch, "fine.csv", ("GM0363", "Gemeente", "873338", "433550")),
            Parse(scratch, "clash.csv", ("GM0344", "Gemeente", "1", "1")),
        ]);

        Assert.Equal([StoreStatus.RolledBack, StoreStatus.Conflict], results.Select(r => r.Status));
        Assert.Equal(before, store.Fingerprint());
        Assert.Null(store.FindArea(AreaCode.Parse("GM0363")));
    }

    [Fact]
    public void Store_BuurtWithoutItsParents_CreatesTheHierarchy()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.Store(Parse(scratch, "a.csv", ("BU03440111", "Buurt", "1500", "715")));
        Assert.NotNull(store.FindArea(AreaCode.Parse("WK034401")));
        Assert.Single(store.AreasWithin(AreaCode.Parse("GM0344"), AreaLevel.Neighbourhood));
        Assert.Equal([2021], store.FindArea(AreaCode.Parse("BU03440111"))!.Years);
    }

    [Fact]
    public void Store_InvalidFile_IsRejectedByTheApi()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        var invalid = Importer.Read(scratch.File("x.csv", "nonsense"));
        Assert.Throws<ArgumentException>(() => store.Store(invalid));
    }
}
