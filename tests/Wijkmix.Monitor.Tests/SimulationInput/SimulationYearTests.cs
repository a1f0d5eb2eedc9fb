using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Simulation.Input;
using Wijkmix.Monitor.SimulationInput.Internal;

namespace Wijkmix.Monitor.Tests;

/// <summary>The default year on small in-memory tables: housing first, then income.</summary>
public sealed class SimulationYearTests
{
    private static readonly Area[] Buurten =
        [new(AreaCode.Parse("BU03440101"), "A", "Utrecht", [2020, 2021, 2022]), new(AreaCode.Parse("BU03440102"), "B", "Utrecht", [2020, 2021, 2022])];

    private static SimulationChoice Choose(params (int Year, string Variable)[] cells) =>
        SimulationYear.Choose(
            new ObservationTable(Buurten.SelectMany(b => cells.Select(c => new Observation(b.Code, c.Year, c.Variable, 50)))), Buurten, [], null)!;

    [Fact]
    public void Choose_PrefersAYearWithHousing_OverALaterOneWithIncome()
    {
        var choice = Choose(
            (2020, "households"), (2020, "dwellings"), (2020, "dwellings_corporation_pct"),
            (2021, "households"), (2021, "households_low_income_pct"),
            (2022, "households"));

        Assert.Equal((2020, false, true), (choice.Year, choice.WithoutHousing, choice.WithoutIncome));
    }

    [Fact]
    public void Choose_WithoutAnyHousingYear_TakesTheLatestWithIncome_AndSaysSo()
    {
        var choice = Choose((2020, "households"), (2021, "households"), (2021, "households_low40_income_pct"), (2022, "households"), (2022, "dwellings"));

        Assert.Equal((2021, true, false), (choice.Year, choice.WithoutHousing, choice.WithoutIncome));
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        try
        {
            var fields = SimulationFields.For(OriginClassification.CountryOfOrigin);
            Assert.Contains(
                "Geen jaar met woningcijfers (aantal woningen en aandeel koop- of corporatiewoningen) voor ten minste de helft van de buurten; het jaar is gekozen op huishoudens.",
                new SimulationNotes(choice, fields).Lines(2, [.. fields.Select(_ => true)]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
