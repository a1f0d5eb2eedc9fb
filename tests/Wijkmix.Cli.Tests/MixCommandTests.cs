using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wijkmix.Cli.Tests;

/// <summary>
/// `wijkmix mix FILE.csv`: a generated long table's indices against the definitions computed here, and bad
/// input reported in Dutch with file, line and column and a non-zero exit.
/// </summary>
public sealed partial class MixCommandTests : IDisposable
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly string[] GroupNames = ["laag", "midden", "hoog"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CliRun Mix(params string[] args) => Cli.Run(["--without-demo", "mix", .. args]);

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Forty units, three groups, counts from a seeded generator that tilts each unit to one group.</summary>
    private static double[,] Counts()
    {
        var random = new Random(15);
        var counts = new double[40, 3];
        for (var u = 0; u < 40; u++)
        {
            for (var g = 0; g < 3; g++)
            {
                counts[u, g] = random.Next(1, 60) + (g == u % 3 ? random.Next(0, 120) : 0);
            }
        }

        return counts;
    }

    /// <summary>The long file: every count split over two rows in a different place (they must add up), units listed group by group.</summary>
    private static string LongCsv(double[,] c, char delimiter, string header)
    {
        var text = new StringBuilder(header).Append('\n');
        for (var g = 0; g < 3; g++)
        {
            for (var u = 0; u < c.GetLength(0); u++)
            {
                var part = Math.Floor(c[u, g] / 3);
                text.Append(CultureInfo.InvariantCulture, $"\"buurt {u}\"{delimiter}{GroupNames[g]}{delimiter}{part}\r\n");
            }
        }

        for (var u = c.GetLength(0) - 1; u >= 0; u--)
        {
            for (var g = 0; g < 3; g++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\"buurt {u}\"{delimiter}{GroupNames[g]}{delimiter}{c[u, g] - Math.Floor(c[u, g] / 3)}\r\n");
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(',', "unit,group,count")]
    [InlineData(';', "unit;group;count")]
    public void Mix_GeneratedTable_PrintsTheIndicesOfTheDefinitions(char delimiter, string header)
    {
        var c = Counts();
        var run = Mix(File("long.csv", LongCsv(c, delimiter, header)));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("40 eenheden, 3 groepen, 240 regels", run.Output, StringComparison.Ordinal);

        var (t, tg, total) = Totals(c);
        double m = 0, e = 0, d = 0, interaction = 0;
        for (var g = 0; g < 3; g++)
        {
            var pg = tg[g] / total;
            e -= pg * Math.Log(pg);
            interaction += pg * (1 - pg);
            for (var u = 0; u < t.Length; u++)
            {
                m += c[u, g] / total * Math.Log(c[u, g] * total / (t[u] * tg[g]));
                d += t[u] * Math.Abs((c[u, g] / t[u]) - pg);
            }
        }

        Assert.Equal(Round(d / (2 * total * interaction)), Index(run.Output, "D"));
        Assert.Equal(Round(m), Index(run.Output, "M"));
        Assert.Equal(Round(m / e), Index(run.Output, "H"));
        Assert.Equal(Round(e), Index(run.Output, "E"));

        // "hoog" against the rest: D = ½ Σ |x_i/X − y_i/Y|, xPx = Σ (x_i/X)(x_i/t_i).
        double twoD = 0, isolation = 0;
        for (var u = 0; u < t.Length; u++)
        {
            twoD += Math.Abs((c[u, 2] / tg[2]) - ((t[u] - c[u, 2]) / (total - tg[2]))) / 2;
            isolation += c[u, 2] / tg[2] * (c[u, 2] / t[u]);
        }

        var row = GroupRow(run.Output, "hoog");
        Assert.Equal(Round(twoD), row[2]);
        Assert.Equal(Round(isolation), row[5]);
    }

    [Fact]
    public void Mix_OtherColumnNamesAndDecimalComma_AreRead()
    {
        var path = File("nl.csv", "aantal;wijk;opleiding\n1,5;A;laag\n2;A;hoog\n3;B;laag\n0,5;B;hoog\n");
        var run = Mix(path, "--unit", "wijk", "--group", "opleiding", "--count", "aantal");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 eenheden, 2 groepen, 4 regels, totaal 7", run.Output, StringComparison.Ordinal);

        // Two groups: D = ½ (|1.5/4.5 − 2/2.5| + |3/4.5 − 0.5/2.5|).
        Assert.Equal(Round(0.5 * (Math.Abs((1.5 / 4.5) - (2 / 2.5)) + Math.Abs((3 / 4.5) - (0.5 / 2.5)))), Index(run.Output, "D"));
    }

    [Theory]
    [InlineData("unit,group,count\nA,x,1\nB,x,2\nB,y,abc\n", "regel 4, kolom 'count': 'abc' is geen aantal")]
    [InlineData("unit,group,count\nA,x,1\nB,y,-3\n", "regel 3, kolom 'count': '-3' is geen aantal")]
    [InlineData("unit,group,aantal\nA,x,1\n", "regel 1: kolom 'count' staat niet in de kopregel (gevonden: unit, group, aantal)")]
    [InlineData("unit,group,count\nA,x,1\nB,y\n", "regel 3, kolom 'count': de regel heeft maar 2 velden")]
    [InlineData("unit,group,count\nA,x,1\n,y,2\n", "regel 3, kolom 'unit': de naam is leeg")]
    [InlineData("unit,group,count\nA,x,1\n\"B,y,2\n", "regel 3: een aanhalingsteken wordt niet gesloten")]
    [InlineData("", "het bestand is leeg; verwacht een kopregel met de kolommen unit, group en count")]
    [InlineData("unit,group,count\nA,x,1\nB,x,2\n", "kolom 'group': er zijn minstens twee groepen nodig; gevonden: x")]
    [InlineData("unit,group,count\nA,x,1\nA,y,1\nB,x,0\nC,y,4\nB,y,0\n", "regel 4, kolom 'unit': eenheid 'B' heeft alleen aantallen 0")]
    public void Mix_BadInput_NamesFileLineAndColumnInDutch(string text, string expected)
    {
        var path = File("bad.csv", text);
        var run = Mix(path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path, Flatten(run.Output), StringComparison.Ordinal);
        Assert.Contains(expected, Flatten(run.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void Mix_MissingFile_SaysSo()
    {
        var run = Mix(Path.Combine(_folder.Path, "nothere.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothere.csv bestaat niet", Flatten(run.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void Mix_QuotedNamesWithTheDelimiterAndQuotes_AreOneName()
    {
        var path = File("quoted.csv", "unit;group;count\n\"Oost; \"\"oud\"\"\";a;1\n\"Oost; \"\"oud\"\"\";b;3\nWest;a;2\nWest;b;2\n");
        var run = Mix(path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 eenheden, 2 groepen, 4 regels", run.Output, StringComparison.Ordinal);
    }

    private static (double[] UnitTotals, double[] GroupTotals, double Total) Totals(double[,] c)
    {
        var t = new double[c.GetLength(0)];
        var tg = new double[c.GetLength(1)];
        for (var u = 0; u < t.Length; u++)
        {
            for (var g = 0; g < tg.Length; g++)
            {
                t[u] += c[u, g];
                tg[g] += c[u, g];
            }
        }

        return (t, tg, t.Sum());
    }

    private static string Round(double value) => value.ToString("0.0000", Dutch);

    private static string Flatten(string output) => Regex.Replace(output, @"\s*\n\s*", " ");

    private static string Index(string output, string name) =>
        Regex.Match(output, @"│\s*" + Regex.Escape(name) + @"\s*│\s*([0-9,]+)\s*│") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"no row {name} in:\n{output}");

    private static string[] GroupRow(string output, string group) =>
        [.. output.Split('\n').Single(l => l.StartsWith("│ " + group + " ", StringComparison.Ordinal)).Split('│', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim())];
}
