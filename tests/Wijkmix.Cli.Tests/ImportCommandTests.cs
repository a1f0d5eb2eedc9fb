using System.Text;
using Wijkmix.Data.Store;

namespace Wijkmix.Cli.Tests;

/// <summary>`wijkmix import` end to end: bad input is reported with file, line and column, exits non-zero and changes nothing.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Header = "\"ID\";\"WijkenEnBuurten\";\"SoortRegio_2\";\"AantalInwoners_5\";\"Mannen_6\"";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StorePath => Path.Combine(_folder.Path, "store.db");

    private CliRun Import(params string[] args) => Cli.Run(["--store", StorePath, "--without-demo", "import", .. args]);

    private string File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Fingerprint()
    {
        using var store = WijkmixStore.Open(StorePath);
        return store.Fingerprint();
    }

    private string Good() => File("kwb-2021-goed.csv", $"{Header}\n\"1\";\"GM0344    \";\"Gemeente  \";\"  359370\";\"  176554\"\n\"2\";\"WK034401  \";\"Wijk      \";\"   29255\";\"   14210\"\n");

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "kwb-2021-tekst.csv", Encoding.UTF8.GetBytes($"{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"veel\";\"1\"\n"), "kwb-2021-tekst.csv:2, kolom AantalInwoners_5: \"veel\" is geen getal" },
        { "kwb-2021-velden.csv", Encoding.UTF8.GetBytes($"{Header}\n\"1\";\"GM0363    \";\"Gemeente\"\n"), "kwb-2021-velden.csv:2: 3 velden, verwacht 5" },
        { "kwb-2021-leeg.csv", [], "kwb-2021-leeg.csv: het bestand is leeg" },
        { "kwb-2021-latin1.csv", Encoding.Latin1.GetBytes($"{Header}\n\"1\";\"GM1900    \";\"Gemeente  \";\"1\";\"1\"\n\"Súdwest\"\n"), "kwb-2021-latin1.csv:3: ongeldige tekens" },
        { "kwb-2021-code.csv", Encoding.UTF8.GetBytes($"{Header}\n\"1\";\"GM03630   \";\"Gemeente  \";\"1\";\"1\"\n"), "kwb-2021-code.csv:2, kolom WijkenEnBuurten: \"GM03630\" is geen CBS-gebiedscode" },
        { "kwb-2021-dubbel.csv", Encoding.UTF8.GetBytes($"{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"1\";\"1\"\n\"2\";\"GM0363    \";\"Gemeente  \";\"1\";\"1\"\n"), "kwb-2021-dubbel.csv:3, kolom WijkenEnBuurten: gebied GM0363 in 2021 komt dubbel voor (eerder op regel 2)" },
        { "foto-2021.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "foto-2021.png:1: onbekend bestandsformaat" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Import_BadFile_NamesTheSpot_ExitsNonZero_AndKeepsTheStore(string name, byte[] content, string message)
    {
        Assert.Equal(0, Import(Good()).ExitCode);
        var before = Fingerprint();

        var run = Import(File(name, content), Good());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Output, StringComparison.Ordinal);
        Assert.Contains("Niets opgeslagen", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public void Import_OneGigabyteFile_IsRefusedBeforeReading()
    {
        Assert.Equal(0, Import(Good()).ExitCode);
        var before = Fingerprint();
        var path = Path.Combine(_folder.Path, "kwb-2021-groot.csv");
        using (var huge = System.IO.File.Create(path))
        {
            huge.SetLength(1L << 30);
        }

        var run = Import(path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kwb-2021-groot.csv: het bestand is 1.073.741.824 bytes; de grens is 268.435.456 bytes (optie --max-size)", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public void Import_Summary_CountsAreasVariablesYearsAndSuppressedCells()
    {
        var run = Import(File("kwb-2021.csv", $"{Header}\n\"1\";\"GM0344    \";\"Gemeente  \";\"  359370\";\"       .\"\n\"2\";\"WK034401  \";\"Wijk      \";\"   29255\";\"   14210\"\n"));
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"kwb-2021\.csv\s+│\s+ODataCsv\s+│\s+2\s+│\s+2\s+│\s+2021\s+│\s+4\s+│\s+1\s+│\s+opgeslagen", run.Output);
    }

    [Fact]
    public void Import_SameFileAgain_SaysSoAndChangesNothing()
    {
        Assert.Equal(0, Import(Good()).ExitCode);
        var before = Fingerprint();
        var run = Import(Good());
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("al eerder geïmporteerd, niets gewijzigd", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public void Import_YearAlreadyPresent_NeedsReplace()
    {
        Assert.Equal(0, Import(Good()).ExitCode);
        var before = Fingerprint();
        var newer = File("kwb-2021-nieuw.csv", $"{Header}\n\"1\";\"GM0344    \";\"Gemeente  \";\"  359371\";\"  176554\"\n");

        var refused = Import(newer);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("gebruik --replace", refused.Output, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());

        var replaced = Import(newer, "--replace");
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("cijfers vervangen", replaced.Output, StringComparison.Ordinal);
        Assert.NotEqual(before, Fingerprint());
    }

    [Fact]
    public void Import_ForcedWrongFormat_ExplainsInsteadOfCrashing()
    {
        var run = Import(Good(), "--format", "geojson");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kwb-2021-goed.csv", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_PointsAtTheToken()
    {
        var run = Cli.Run("--store", StorePath, "profile", "Utrecht", "--jaar", "2024");
        Assert.Equal(2, run.ExitCode);
        var lines = run.Output.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains("wijkmix --store", StringComparison.Ordinal) && l.Contains("--jaar", StringComparison.Ordinal));
        Assert.True(index >= 0, run.Output);
        Assert.Equal(lines[index].IndexOf("--jaar", StringComparison.Ordinal), lines[index + 1].IndexOf('^', StringComparison.Ordinal));
        Assert.Contains("Onbekende optie of argument \"--jaar\"", run.Output, StringComparison.Ordinal);
    }
}
