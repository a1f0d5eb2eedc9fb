using Wijkmix.Workspace.Initiatives;

namespace Wijkmix.Workspace.Tests.Initiatives;

public sealed class InitiativeRulesTests
{
    private static readonly InitiativeRules Rules = new(["BU03440101", "BU03440102"], "Overvecht-Noord", "WK034401");

    private static readonly InitiativeForm Valid =
        new("initiatief", " Moestuin ", "Buurtbewoners", "Samen tuinieren", "tuin@example.nl", "hoog", "bu03440101", "52,1054", "5.1157");

    [Fact]
    public void Check_ValidForm_GivesTrimmedValuesAndThePoint()
    {
        using var _ = UseCulture.Dutch();

        Assert.Equal(new InitiativeValues(InitiativeKind.Initiative, "Moestuin", "Buurtbewoners", "Samen tuinieren", "tuin@example.nl", Energy.High, "BU03440101", 52.1054, 5.1157),
            Rules.Check(Valid).Value);
    }

    public static TheoryData<InitiativeForm, string, string> Invalid => new()
    {
        { Valid with { Kind = "club" }, "soort", "Kies initiatief of ontmoetingsplek (veld 'Soort')." },
        { Valid with { Name = new string('n', 201) }, "naam", "Vul de naam in, 1 tot 200 tekens (veld 'Naam')." },
        { Valid with { What = new string('w', 4_001) }, "wat", "Ten hoogste 4.000 tekens (veld 'Wat')." },
        { Valid with { Energy = "veel" }, "energie", "Kies de energie: laag, gemiddeld of hoog (veld 'Energie')." },
        { Valid with { Buurt = "BU99990101" }, "buurt", "Buurt 'BU99990101' hoort niet bij Overvecht-Noord (WK034401) (veld 'Buurt'); kies een buurt uit de lijst." },
        { Valid with { Latitude = "" }, "breedtegraad", "Vul breedtegraad en lengtegraad allebei in, of allebei niet (veld 'Breedtegraad')." },
        { Valid with { Longitude = "oost" }, "lengtegraad", "'oost' is geen getal (veld 'Lengtegraad'); schrijf bijvoorbeeld 5,1157." },
        { Valid with { Latitude = "48,85" }, "breedtegraad", "Breedtegraad 48,85 ligt buiten Nederland (veld 'Breedtegraad'; tussen 50,75 en 53,56)." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Check_InvalidForm_GivesTheDutchMessageNamingTheField(InitiativeForm form, string field, string message) =>
        RuleAssert.RefusedInDutch(() => Rules.Check(form), field, message);

    [Fact]
    public void Check_NoPoint_IsAllowed()
    {
        using var _ = UseCulture.Dutch();
        var values = Rules.Check(Valid with { Latitude = " ", Longitude = null }).Value!;

        Assert.Equal((null, null), (values.Latitude, values.Longitude));
    }

    [Fact]
    public void Check_InEnglish_GivesTheEnglishMessage()
    {
        using var _ = UseCulture.English();

        Assert.Equal("At most 4,000 characters (field 'What').", Rules.Check(Valid with { What = new string('w', 4_001) }).FirstMessage);
    }

    [Fact]
    public void Conflict_AndMissing()
    {
        using var _ = UseCulture.Dutch();

        Assert.StartsWith("'Moestuin De Gaard' is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen. Hieronder staan de huidige gegevens",
            Rules.Conflict(Valid, new Initiative { Name = "Moestuin De Gaard" }), StringComparison.Ordinal);
        Assert.Equal("Initiatief 42 bestaat niet (meer) in deze werkruimte.", Rules.Missing(42));
    }
}
