using Wijkmix.Core.Variables;

namespace Wijkmix.Core.Tests.Variables;

public class VariableCatalogueTests
{
    private static readonly VariableCatalogue Catalogue = VariableCatalogue.Default;

    [Theory]
    [InlineData("AantalInwoners_5", 2019, "inhabitants")]
    [InlineData("a_inw", 2024, "inhabitants")]
    [InlineData("aantal_inwoners", 2022, "inhabitants")]
    [InlineData("Bevolking/Aantal inwoners (aantal)", 2024, "inhabitants")]
    [InlineData("  bevolking/aantal   inwoners (aantal) ", 2024, "inhabitants")]
    [InlineData("WestersTotaal_17", 2019, "migration_western")]
    [InlineData("a_neu_al", 2024, "origin_outside_europe")]
    [InlineData("InBezitWoningcorporatie_42", 2019, "dwellings_corporation_pct")]
    [InlineData("p_wcorpw", 2023, "dwellings_corporation_pct")]
    [InlineData("OpleidingsniveauLaag_64", 2019, "education_low")]
    [InlineData("a_opl_lg", 2023, "education_low")]
    [InlineData("p_hh_lkk", 2024, "households_low_income_pct")]
    [InlineData("ste_mvs", 2020, "urbanity")]
    public void TryResolve_KnownSpelling_GivesStableId(string header, int year, string id)
    {
        Assert.True(Catalogue.TryResolve(header, year, out var alias));
        Assert.Equal(id, alias.VariableId);
    }

    [Theory]
    [InlineData("g_wozbag", 2023)]
    [InlineData("GemiddeldeWoningwaarde_35", 2019)]
    [InlineData("g_ink_pi", 2023)]
    public void TryResolve_ThousandsOfEuros_ScalesToEuro(string header, int year)
    {
        Assert.True(Catalogue.TryResolve(header, year, out var alias));
        Assert.Equal(1000, alias.Scale);
        Assert.Equal(MeasureUnit.Euro, Catalogue[alias.VariableId].Unit);
    }

    [Theory]
    [InlineData("ID")]
    [InlineData("housing_pressure")]
    [InlineData("AantalInwoners")]
    public void TryResolve_UnknownOrForeignColumn_IsNotMapped(string header) =>
        Assert.False(Catalogue.TryResolve(header, 2024, out _));

    [Fact]
    public void TryResolve_KeyWhoseMeaningDependsOnYear_UsesThatYear()
    {
        // Nederland_17 is "herkomst Nederland" in 2024; other years use other numbers for it.
        Assert.True(Catalogue.TryResolve("Nederland_17", 2024, out var alias));
        Assert.Equal("origin_dutch", alias.VariableId);
    }

    /// <summary>The minimum coverage: each of these must exist with at least one CBS spelling.</summary>
    [Theory]
    [InlineData("inhabitants")]
    [InlineData("men")]
    [InlineData("women")]
    [InlineData("age_0_14")]
    [InlineData("age_15_24")]
    [InlineData("age_25_44")]
    [InlineData("age_45_64")]
    [InlineData("age_65_plus")]
    [InlineData("migration_western")]
    [InlineData("migration_non_western")]
    [InlineData("origin_dutch")]
    [InlineData("origin_europe")]
    [InlineData("origin_outside_europe")]
    [InlineData("households")]
    [InlineData("households_one_person")]
    [InlineData("households_without_children")]
    [InlineData("households_with_children")]
    [InlineData("dwellings")]
    [InlineData("woz_value_avg")]
    [InlineData("dwellings_owner_occupied_pct")]
    [InlineData("dwellings_rented_pct")]
    [InlineData("dwellings_corporation_pct")]
    [InlineData("income_per_inhabitant")]
    [InlineData("households_low_income_pct")]
    [InlineData("households_social_minimum_pct")]
    [InlineData("benefits_social_assistance")]
    [InlineData("education_low")]
    [InlineData("education_middle")]
    [InlineData("education_high")]
    [InlineData("urbanity")]
    public void Catalogue_CoversRequiredVariable(string id)
    {
        Assert.True(Catalogue.TryGet(id, out var variable));
        Assert.NotEmpty(variable.Aliases);
        Assert.NotEmpty(variable.Years);
        Assert.False(string.IsNullOrWhiteSpace(variable.Definition));
    }

    [Fact]
    public void Catalogue_NoSpellingMeansTwoVariablesInOneYear()
    {
        var clashes = Catalogue.Variables.SelectMany(v => v.Aliases)
            .SelectMany(a => a.Years.Select(y => (Spelling: VariableCatalogue.NormaliseSpelling(a.Spelling), Year: y, a.VariableId)))
            .GroupBy(x => (x.Spelling, x.Year))
            .Where(g => g.Select(x => x.VariableId).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void Years_OfInhabitants_CoverEveryKwbYear2019To2025() =>
        Assert.Superset(new SortedSet<int>(Enumerable.Range(2019, 7)), new SortedSet<int>(Catalogue["inhabitants"].Years));
}
