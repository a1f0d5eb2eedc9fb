using System.Text;
using Wijkmix.Workspace.Goals;

namespace Wijkmix.Workspace.Tests.Goals;

public sealed class SurveyCsvTests
{
    private static readonly IReadOnlySet<string> Overvecht = new HashSet<string>(StringComparer.Ordinal) { "WK034403", "BU03440310" };

    private static SurveyRead Read(string text) => SurveyCsv.Read(Encoding.UTF8.GetBytes(text), "enquete.csv", Overvecht);

    [Fact]
    public void A_valid_file_gives_every_row_with_decimal_comma_or_point_and_a_quoted_source()
    {
        var read = Read("\uFEFFgebied_code;indicator;jaar;waarde;bron\r\nWK034403;veiligheidsgevoel;2023;61,5;Wijkenquête 2023\r\nwk034403;veiligheidsgevoel;2024;58.25;\"Enquête; najaar\"\r\n\r\n");

        Assert.True(read.IsValid);
        Assert.Equal([new SurveyRow("WK034403", "veiligheidsgevoel", 2023, 61.5, "Wijkenquête 2023"), new SurveyRow("WK034403", "veiligheidsgevoel", 2024, 58.25, "Enquête; najaar")], read.Rows);
    }

    [Theory]
    [InlineData("gebied;indicator;jaar;waarde;bron\nWK034403;x;2024;1;b\n", "enquete.csv, rij 1, kolom 1: de kopregel is")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2024;1;b\nGM0344;x;2024;1;b\n", "enquete.csv, rij 3, kolom 'gebied_code': 'GM0344' is niet het gebied")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;twintig;1;b\n", "enquete.csv, rij 2, kolom 'jaar': 'twintig' is geen jaartal")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2024;1;b\nWK034403;x;2023;veel;b\n", "enquete.csv, rij 3, kolom 'waarde': 'veel' is geen getal")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2024;1,000.5;b\n", "enquete.csv, rij 2, kolom 'waarde': '1,000.5' is geen getal")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2024;1;\n", "enquete.csv, rij 2, kolom 'bron': de bron is verplicht")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2024;1\n", "enquete.csv, rij 2: 4 kolommen; verwacht 5")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2024;1;b\nWK034403;x;2024;2;c\n", "enquete.csv, rij 3: WK034403 / x / 2024 staat ook al in rij 2")]
    [InlineData("", "enquete.csv: het bestand is leeg")]
    [InlineData("gebied_code;indicator;jaar;waarde;bron\n", "enquete.csv: het bestand heeft alleen een kopregel")]
    public void A_bad_file_names_file_row_and_column_and_gives_no_rows(string text, string message)
    {
        var read = Read(text);

        Assert.False(read.IsValid);
        Assert.Empty(read.Rows);
        Assert.Contains(read.Problems, p => p.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_its_row()
    {
        var latin1 = Encoding.Latin1.GetBytes("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2024;1;Enquête\n");

        var read = SurveyCsv.Read(latin1, "enquete.csv", Overvecht);

        Assert.Empty(read.Rows);
        Assert.StartsWith("enquete.csv, rij 2: het bestand is geen UTF-8", Assert.Single(read.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_oversized_file_is_refused_before_reading()
    {
        var big = Encoding.UTF8.GetBytes("gebied_code;indicator;jaar;waarde;bron\n" + string.Concat(Enumerable.Repeat("WK034403;x;2024;1;b\n", 60_000)));

        var read = SurveyCsv.Read(big, "groot.csv", Overvecht);

        Assert.Empty(read.Rows);
        Assert.Contains("het maximum is 1 MB", Assert.Single(read.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_reads_back_as_one_valid_row()
    {
        var read = Read(SurveyCsv.Template("WK034403"));

        Assert.Equal(new SurveyRow("WK034403", "veiligheidsgevoel", 2024, 62.5, "Wijkenquête gemeente, najaar 2024"), Assert.Single(read.Rows));
    }
}
