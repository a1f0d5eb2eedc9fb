using Wijkmix.Workspace.Actors;

namespace Wijkmix.Workspace.Tests.Actors;

public sealed class ActorRulesTests
{
    private static ActorForm Valid => ActorForm.Posted(0, 0, " Portaal ", "fysiek", "Eigenaar van de flats", "5", "4", "Jan de Vries");

    [Fact]
    public void Check_TooLongOrganisation_NamesTheFieldInDutch() =>
        RuleAssert.RefusedInDutch(() => new ActorRules().Check(Valid with { Organisation = new string('a', 201) }), "organisatie", "Vul het veld 'Organisatie' in (1 tot 200 tekens).");

    [Fact]
    public void Check_ValidForm_GivesTheValues() =>
        RuleAssert.AcceptedInDutch(new ActorValues("Portaal", ActorDomain.Physical, "Eigenaar van de flats", 5, 4, "Jan de Vries"), () => new ActorRules().Check(Valid));

    [Fact]
    public void Check_UnknownDomain_ListsTheDomainsInTheMembersLanguage()
    {
        using (UseCulture.Dutch())
        {
            Assert.Equal("Het veld 'Domein' moet een van deze zijn: Fysiek, Sociaal, Bewoners, Veiligheid, Onderwijs.",
                new ActorRules().Check(Valid with { Domain = "sport" }).FirstMessage);
        }

        using (UseCulture.English())
        {
            Assert.Equal("The field 'Domain' must be one of these: Physical, Social, Residents, Safety, Education.",
                new ActorRules().Check(Valid with { Domain = "sport" }).FirstMessage);
        }
    }

    [Theory]
    [InlineData("0", "3", "invloed", "Het veld 'Invloed' moet een geheel getal van 1 tot en met 5 zijn.")]
    [InlineData("3", "6", "betrokkenheid", "Het veld 'Betrokkenheid' moet een geheel getal van 1 tot en met 5 zijn.")]
    [InlineData("3", "2,5", "betrokkenheid", "Het veld 'Betrokkenheid' moet een geheel getal van 1 tot en met 5 zijn.")]
    public void Check_ScaleOutOfRange_IsRefused(string influence, string involvement, string field, string message) =>
        RuleAssert.RefusedInDutch(() => new ActorRules().Check(Valid with { Influence = influence, Involvement = involvement }), field, message);

    [Fact]
    public void Conflict_NamesTheActorAsStoredNow()
    {
        using var _ = UseCulture.Dutch();
        var current = new Actor { Organisation = "Portaal Utrecht" };

        Assert.StartsWith("Actor \"Portaal Utrecht\" is intussen gewijzigd door een ander lid;", new ActorRules().Conflict(Valid, current), StringComparison.Ordinal);
        Assert.StartsWith("Actor \"Portaal\" is intussen", new ActorRules().Conflict(Valid, null), StringComparison.Ordinal);
    }

    [Fact]
    public void DomainKeys_RoundTrip()
    {
        foreach (var domain in ActorRules.AllDomains)
        {
            Assert.Equal(domain, ActorRules.ParseDomain(ActorRules.DomainKey(domain)));
        }

        Assert.Equal(ActorDomain.Education, ActorRules.ParseDomain(" Onderwijs "));
    }
}
