using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>Figures outside what their unit allows are refused at the boundary, naming file, line, column and range.</summary>
public class PlausibilityTests
{
    private static ImportProblem Refused(Scratch scratch, string header, params string[] rows)
    {
        var parsed = Importer.Read(scratch.File("kwb-2024.csv", header + "\n" + string.Concat(rows.Select(r => r + "\n"))));
        Assert.False(parsed.IsValid);
        using var store = scratch.Store();
        var before = store.Fingerprint();
        Assert.Throws<ArgumentException>(() => store.Store(parsed));
        Assert.Equal(before, store.Fingerprint());
        return Assert.Single(parsed.Problems);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("100000001")]
    [InlineData("1e13")]
    public void Count_OutsideRange_IsRefusedWithTheRange(string value)
    {
        using var scratch = new Scratch();
        var problem = Refused(scratch, "gwb_code;regio;a_inw", "GM0344;Utrecht;359370", $"GM0345;Veenendaal;{value}");
        Assert.Equal(("kwb-2024.csv", 3, "a_inw"), (problem.File, problem.Line, problem.Field));
        Assert.Equal($"\"{value}\" ligt buiten het bereik 0 t/m 100.000.000 voor een aantal", problem.Message);
    }

    [Fact]
    public void Count_WithAFraction_IsRefused()
    {
        using var scratch = new Scratch();
        var problem = Refused(scratch, "gwb_code;regio;a_inw", "GM0344;Utrecht;359370.5");
        Assert.Equal("\"359370.5\" is geen geheel getal, maar dit is een aantal (geheel, 0 t/m 100.000.000)", problem.Message);
    }

    [Theory]
    [InlineData("100.1")]
    [InlineData("-0.1")]
    public void Percentage_OutsideZeroToHundred_IsRefused(string value)
    {
        using var scratch = new Scratch();
        var problem = Refused(scratch, "gwb_code;regio;p_koopw", $"GM0344;Utrecht;{value}");
        Assert.Equal(("p_koopw", 2), (problem.Field, problem.Line));
        Assert.Contains("0 t/m 100 voor een percentage", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("55.3")]
    public void Percentage_WithinRange_IsRead(string value)
    {
        using var scratch = new Scratch();
        Assert.True(Importer.Read(scratch.File("kwb-2024.csv", $"gwb_code;regio;p_koopw\nGM0344;Utrecht;{value}\n")).IsValid);
    }

    [Fact]
    public void ThousandsOfEuro_1e308_OverflowsToInfinity_AndIsRefused()
    {
        using var scratch = new Scratch();
        var problem = Refused(scratch, "gwb_code;regio;g_wozbag", "GM0344;Utrecht;389", "GM0345;Veenendaal;320", "GM0346;Houten;1e308");
        Assert.Equal((4, "g_wozbag"), (problem.Line, problem.Field));
        Assert.Equal("\"1e308\" × 1.000 ligt buiten het bereik -10.000.000 t/m 100.000.000 voor een bedrag in euro", problem.Message);
    }

    [Fact]
    public void ThousandsOfEuro_AboveTheRangeAfterScaling_IsRefused()
    {
        using var scratch = new Scratch();
        var problem = Refused(scratch, "gwb_code;regio;g_wozbag", "GM0344;Utrecht;389", "GM0345;Veenendaal;320", "GM0346;Houten;200000");
        Assert.Contains("× 1.000 ligt buiten het bereik", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e309")]
    public void NonFiniteNumbers_AreRefused(string value)
    {
        using var scratch = new Scratch();
        var problem = Refused(scratch, "gwb_code;regio;a_inw", $"GM0344;Utrecht;{value}");
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void JsonNumbersOutsideRange_AreRefusedToo()
    {
        using var scratch = new Scratch();
        var parsed = Importer.Read(scratch.File("data_2024.json", "{\"GM0344\": {\"AantalInwoners_5\": -359370}}"));
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("GM0344 → AantalInwoners_5", problem.Field);
        Assert.Contains("buiten het bereik", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_InEnglish_NamesTheRangeInEnglish()
    {
        using var scratch = new Scratch();
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
        try
        {
            var parsed = Importer.Read(scratch.File("kwb-2024.csv", "gwb_code;regio;a_inw\nGM0344;Utrecht;-1\n"));
            Assert.Contains("is outside the range 0 to 100,000,000 for a count", parsed.Problems[0].Message, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
