using Wijkmix.Workspace.Interventions;

namespace Wijkmix.Workspace.Tests.Interventions;

public sealed class InterventionRulesTests
{
    private static readonly InterventionRules Rules = new("Utrecht", "WK034401", code => code.StartsWith("BU0344", StringComparison.Ordinal), [3, 8]);

    private static readonly InterventionForm Valid = InterventionForm.Posted(
        0, 0, null, " Huiswerkbegeleiding ", "sociaal", "Twee middagen per week", "Buurthuis", "2026-03-01", "31-12-2027", "gepland", "€ 12.500,50",
        "bu03440101; BU03440102", [8]);

    [Fact]
    public void Check_ValidForm_GivesTheValues()
    {
        using var _ = UseCulture.Dutch();
        var values = Rules.Check(Valid).Value!;

        Assert.Equal((InterventionKind.Social, InterventionStatus.Planned, 12_500.50m, new DateOnly(2026, 3, 1), new DateOnly(2027, 12, 31)),
            (values.Kind, values.Status, values.Cost, values.Start, values.End));
        Assert.Equal(("Huiswerkbegeleiding", "BU03440101, BU03440102"), (values.Name, values.Areas));
        Assert.Equal([8], values.GoalIds);
    }

    public static TheoryData<InterventionForm, string, string> Invalid => new()
    {
        { Valid with { Name = "" }, "naam", "Vul het veld 'Naam' in (1 tot 200 tekens)." },
        { Valid with { CatalogueKey = "toverstaf" }, "sleutel", "Het instrument 'toverstaf' staat niet in de catalogus." },
        { Valid with { Kind = "politiek" }, "soort", "Het veld 'Soort' moet een van deze zijn: fysiek, sociaal, economisch." },
        { Valid with { Start = "maart" }, "start", "Het veld 'Startdatum' moet een datum zijn, bijvoorbeeld 2026-03-01 (ingevuld: \"maart\")." },
        { Valid with { End = "2025-12-31" }, "eind", "Het veld 'Einddatum' ligt voor de startdatum." },
        { Valid with { Status = "klaar" }, "status", "Het veld 'Status' moet een van deze zijn: idee, gepland, lopend, afgerond, gestopt." },
        { Valid with { Cost = "-5" }, "kosten", "Het veld 'Kosten' moet een bedrag in euro's zijn, bijvoorbeeld 12.500 of 12500,50 (ingevuld: \"-5\")." },
        { Valid with { Areas = "GM0363" }, "gebieden", "Het veld 'Gebieden' bevat de code GM0363: dat is geen buurt of wijk van Utrecht. Gebruik CBS-codes zoals WK034401." },
        { Valid with { Goals = [8, 99] }, "doelen", "Het veld 'Doelen' noemt doel 99, dat niet in deze werkruimte staat." },
    };

    [Fact]
    public void Check_CatalogueEntry_TakesItsKind()
    {
        using var _ = UseCulture.Dutch();
        var entry = InterventionCatalogue.All.First(e => e.Kind == InterventionKind.Physical);

        Assert.Equal(InterventionKind.Physical, Rules.Check(Valid with { CatalogueKey = entry.Key, Kind = "" }).Value!.Kind);
    }

    [Fact]
    public void Labels_FollowTheLanguage()
    {
        using (UseCulture.English())
        {
            Assert.Equal(["Idea", "Planned", "Running", "Done", "Stopped"], InterventionRules.Statuses.Select(s => s.Label));
        }

        using (UseCulture.Dutch())
        {
            Assert.Equal(["Fysiek", "Sociaal", "Economisch"], InterventionRules.Kinds.Select(k => k.Label));
        }
    }

    [Fact]
    public void Apply_LinksOnlyTheChosenGoals()
    {
        var goal3 = new Goal { Id = 3, Title = "Meer ontmoeting", Indicator = "eigen", AreaCode = "WK034401" };
        var goal8 = new Goal { Id = 8, Title = "Minder schooluitval", Indicator = "eigen", AreaCode = "WK034401" };
        var item = new Intervention { Name = "Oud", Goals = { goal3 } };
        using var _ = UseCulture.Dutch();
        var values = Rules.Check(Valid).Value! with { Goals = [goal8] };

        Rules.Apply(values, item);

        Assert.Equal([8], item.Goals.Select(g => g.Id));
        Assert.Equal("Huiswerkbegeleiding", item.Name);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Check_InvalidForm_GivesTheDutchMessageNamingTheField(InterventionForm form, string field, string message) =>
        RuleAssert.RefusedInDutch(() => Rules.Check(form), field, message);
}
