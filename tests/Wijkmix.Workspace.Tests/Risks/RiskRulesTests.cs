using Wijkmix.Workspace.Risks;

namespace Wijkmix.Workspace.Tests.Risks;

public sealed class RiskRulesTests
{
    private static readonly RiskForm Valid = RiskForm.Posted(0, 0, "  Huurders haken af  ", "4", "5", " Portaal ", "Bewonersavond", "31-3-2026");

    [Fact]
    public void Check_ValidForm_GivesTheTrimmedValues() =>
        RuleAssert.AcceptedInDutch(new RiskValues("Huurders haken af", 4, 5, "Portaal", "Bewonersavond", new DateOnly(2026, 3, 31)), () => new RiskRules().Check(Valid));

    public static TheoryData<RiskForm, string, string> Invalid => new()
    {
        { Valid with { Description = "" }, "omschrijving", "Vul het veld 'Risico' in (1 tot 2.000 tekens)." },
        { Valid with { Description = new string('x', 2_001) }, "omschrijving", "Vul het veld 'Risico' in (1 tot 2.000 tekens)." },
        { Valid with { Likelihood = "6" }, "kans", "Het veld 'Kans' moet een geheel getal van 1 tot en met 5 zijn (ingevuld: \"6\")." },
        { Valid with { Impact = "hoog" }, "impact", "Het veld 'Impact' moet een geheel getal van 1 tot en met 5 zijn (ingevuld: \"hoog\")." },
        { Valid with { Owner = new string('x', 201) }, "eigenaar", "Het veld 'Eigenaar' mag hoogstens 200 tekens hebben en het veld 'Maatregel' hoogstens 2.000." },
        { Valid with { ReviewDate = "volgend jaar" }, "herzien", "Het veld 'Herzien op' moet een datum zijn, bijvoorbeeld 2026-03-31 (ingevuld: \"volgend jaar\")." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Check_InvalidForm_GivesTheDutchMessageNamingTheField(RiskForm form, string field, string message) =>
        RuleAssert.RefusedInDutch(() => new RiskRules().Check(form), field, message);

    [Fact]
    public void Check_InEnglish_GivesTheEnglishMessage()
    {
        using var _ = UseCulture.English();

        Assert.Equal("Fill in the field 'Risk' (1 to 2,000 characters).", new RiskRules().Check(Valid with { Description = "" }).FirstMessage);
    }

    [Fact]
    public void Conflict_AndMissing_AreTheSharedSentences()
    {
        using var _ = UseCulture.Dutch();
        var rules = new RiskRules();

        Assert.Equal("Dit risico is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen. Hieronder staan de huidige waarden en, " +
            "in het formulier, uw eigen invoer. Pas die zo nodig aan en sla opnieuw op.", rules.Conflict(Valid, null));
        Assert.Equal("Dit risico bestaat niet (meer) in de werkruimte; voeg het opnieuw toe.", rules.Missing(7));
    }

    [Fact]
    public void CreateAndApply_WriteEveryValue()
    {
        var rules = new RiskRules();
        var values = new RiskValues("Leegstand winkels", 2, 3, "Gemeente", "Pop-up winkels", new DateOnly(2026, 6, 1));
        var risk = rules.Create(12, values);
        rules.Apply(values, risk);

        Assert.Equal((12, "Leegstand winkels", 2, 3, "Gemeente", "Pop-up winkels", new DateOnly(2026, 6, 1), 6),
            (risk.WorkspaceId, risk.Description, risk.Likelihood, risk.Impact, risk.Owner, risk.Measure, risk.ReviewDate, risk.Score));
    }
}
