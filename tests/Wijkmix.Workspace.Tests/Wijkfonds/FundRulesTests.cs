using Wijkmix.Workspace.Wijkfonds;

namespace Wijkmix.Workspace.Tests.Wijkfonds;

public sealed class FundRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CheckEntry_ValidPayment_GivesTheValues()
    {
        using var _ = UseCulture.Dutch();

        Assert.Equal(new EntryValues(FundEntryKind.Payment, "Portaal", 1_250.50m, "Eerste storting"),
            FundRules.CheckEntry("storting", " Portaal ", "1.250,50", " Eerste storting ").Value);
    }

    [Theory]
    [InlineData("gift", "Portaal", "100", "", "soort", "Kies toezegging of storting (veld 'Soort').")]
    [InlineData("storting", "", "100", "", "partij", "Vul de partij in, 1 tot 200 tekens (veld 'Partij').")]
    [InlineData("storting", "Portaal", "", "", "bedrag", "Vul een bedrag in (veld 'Bedrag').")]
    [InlineData("storting", "Portaal", "0", "", "bedrag", "Het bedrag moet groter zijn dan nul (veld 'Bedrag').")]
    [InlineData("storting", "Portaal", "12,345", "", "bedrag", "Een bedrag heeft ten hoogste twee cijfers achter de komma (veld 'Bedrag').")]
    public void CheckEntry_Invalid_GivesTheDutchMessageNamingTheField(string kind, string party, string amount, string description, string field, string message)
    {
        using var _ = UseCulture.Dutch();

        Assert.Equal(new FieldProblem(field, message), Assert.Single(FundRules.CheckEntry(kind, party, amount, description).Problems));
    }

    [Fact]
    public void CheckProposal_TooLongDescription_ComesBeforeTheAmount()
    {
        using var _ = UseCulture.Dutch();
        var check = FundRules.CheckProposal("Speeltuin", new string('b', 4_001), "Bewonersgroep Noord", "");

        Assert.Equal(new FieldProblem("beschrijving", "Ten hoogste 4.000 tekens (veld 'Beschrijving')."), Assert.Single(check.Problems));
    }

    [Fact]
    public void CheckProposal_InEnglish_GivesTheEnglishMessage()
    {
        using var _ = UseCulture.English();

        Assert.Equal("Fill in an amount (field 'Amount requested').", FundRules.CheckProposal("Speeltuin", "", "Bewonersgroep Noord", " ").FirstMessage);
    }

    [Fact]
    public void CheckDecision_ReadsTheVotesAndSkipsEmptyRows()
    {
        using var _ = UseCulture.Dutch();
        var values = FundRules.CheckDecision("toegekend", "500", ["Anna", "", "Bram"], ["Portaal", "", ""], ["voor", "", "onthouding"]).Value!;

        Assert.Equal((DecisionOutcome.Granted, 500m), (values.Outcome, values.Granted));
        Assert.Equal([("Anna", VoteChoice.For), ("Bram", VoteChoice.Abstain)], values.Votes.Select(v => (v.Voter, v.Choice)));
    }

    [Theory]
    [InlineData("", "", "uitkomst", "Kies de uitkomst: toegekend of afgewezen (veld 'Uitkomst').")]
    [InlineData("toegekend", "", "toegekend", "Vul een bedrag in (veld 'Toegekend bedrag').")]
    public void CheckDecision_OutcomeAndAmount(string outcome, string granted, string field, string message)
    {
        using var _ = UseCulture.Dutch();

        Assert.Equal(new FieldProblem(field, message), Assert.Single(FundRules.CheckDecision(outcome, granted, [], [], []).Problems));
    }

    [Fact]
    public void CheckDecision_VoteWithoutChoice_NamesTheRow()
    {
        using var _ = UseCulture.Dutch();
        var check = FundRules.CheckDecision("afgewezen", "", ["Anna", "Bram"], [], ["tegen", "misschien"]);

        Assert.Equal("Stem 2 (Bram): kies voor, tegen of onthouding (veld 'Stem 2').", check.FirstMessage);
    }

    [Fact]
    public void CanDecide_AlreadyDecided_IsAConflictNamingWhoDecided()
    {
        using var _ = UseCulture.Dutch();
        var proposal = new FundProposal
        {
            Id = 4, Title = "Speeltuin", ProposedBy = "Bewonersgroep Noord", RecordedBy = "Piet (Portaal)",
            Decision = new FundDecision { Outcome = DecisionOutcome.Rejected, RecordedBy = "Anna (Gemeente)" },
        };

        Assert.Equal(("Over voorstel 4 ('Speeltuin') is intussen al besloten door Anna (Gemeente) (2-4-2026 12:00): afgewezen. " +
            "Uw besluit is niet opgeslagen; een besluit wordt niet overschreven.", true), FundRules.CanDecide(4, proposal, "2-4-2026 12:00"));
        Assert.Equal(("Voorstel 9 bestaat niet in deze werkruimte (veld 'Voorstel').", false), FundRules.CanDecide(9, null, ""));
        Assert.Null(FundRules.CanDecide(4, new FundProposal { Id = 4, Title = "Speeltuin", ProposedBy = "Noord", RecordedBy = "Piet" }, ""));
    }

    [Fact]
    public void CheckCorrection_NeedsAReason()
    {
        using var _ = UseCulture.Dutch();

        Assert.Equal(new FieldProblem("reden", "Geef de reden van de correctie, 1 tot 4.000 tekens (veld 'Reden')."),
            Assert.Single(FundRules.CheckCorrection("-100,00", " ").Problems));
        Assert.Equal(new CorrectionValues(-100m, "Dubbel geboekt"), FundRules.CheckCorrection("-100,00", "Dubbel geboekt").Value);
    }

    [Fact]
    public void Correction_IsANewLinePointingAtTheOriginal_WhichStaysAsItWas()
    {
        var original = new FundEntry
        {
            Id = 7, WorkspaceId = 2, Kind = FundEntryKind.Payment, Party = "Portaal", Amount = 1_000m, Description = "Storting", RecordedBy = "Piet", At = At,
        };

        var line = FundLines.Correction(original, new CorrectionValues(-100m, "Dubbel geboekt"), "Anna (Gemeente)", At);

        Assert.Equal((0, 2, FundEntryKind.Correction, "Portaal", -100m, "Dubbel geboekt", 7), (line.Id, line.WorkspaceId, line.Kind, line.Party, line.Amount, line.Description, line.CorrectsEntryId));
        Assert.Equal(1_000m, original.Amount);
        Assert.Equal(900m, Ledger.Balance([original, line]));
    }

    [Fact]
    public void Decision_Granted_AddsTheGrantLine_Rejected_AddsNone()
    {
        var proposal = new FundProposal { Id = 4, WorkspaceId = 2, Title = "Speeltuin", ProposedBy = "Bewonersgroep Noord", Amount = 800m, RecordedBy = "Piet" };
        var votes = new List<FundVote> { new() { Voter = "Anna", Organisation = "Gemeente", Choice = VoteChoice.For } };

        var (decision, grant) = FundLines.Decision(proposal, new DecisionValues(DecisionOutcome.Granted, 600m, votes), "Anna (Gemeente)", At);
        var (_, none) = FundLines.Decision(proposal, new DecisionValues(DecisionOutcome.Rejected, 0m, votes), "Anna (Gemeente)", At);

        Assert.Equal((4, 600m, 1), (decision.ProposalId, decision.AmountGranted, decision.Votes.Count));
        Assert.Equal((FundEntryKind.Grant, "Bewonersgroep Noord", 600m, "Toekenning voorstel 4: Speeltuin", 4), (grant!.Kind, grant.Party, grant.Amount, grant.Description, grant.ProposalId));
        Assert.Null(none);
    }
}
