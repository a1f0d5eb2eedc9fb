using CsCheck;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Wijkfonds;

namespace Wijkmix.Workspace.Tests.Wijkfonds;

public class LedgerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static FundEntry Line(int id, FundEntryKind kind, decimal amount, string party = "Woningcorporatie Portaal", int? corrects = null) => new()
    {
        Id = id, WorkspaceId = 1, Kind = kind, Party = party, Amount = amount, Description = $"regel {id}", CorrectsEntryId = corrects,
        RecordedBy = "Anna (Gemeente Utrecht)", At = Start.AddMinutes(id),
    };

    [Fact]
    public void Running_balance_counts_payments_minus_grants_and_corrections_by_the_line_they_correct()
    {
        FundEntry[] lines =
        [
            Line(1, FundEntryKind.Pledge, 2_000m, "Welzijn Utrecht"),
            Line(2, FundEntryKind.Payment, 1_000m),
            Line(3, FundEntryKind.Payment, 750.50m, "Welzijn Utrecht"),
            Line(4, FundEntryKind.Grant, 1_200m, "Bewonersgroep Janskerkhof"),
            Line(5, FundEntryKind.Correction, -100m, corrects: 2),
            Line(6, FundEntryKind.Correction, -200m, "Bewonersgroep Janskerkhof", corrects: 4),
            Line(7, FundEntryKind.Correction, -500m, "Welzijn Utrecht", corrects: 1),
        ];

        var rows = Ledger.Running(lines.Reverse());

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], rows.Select(r => r.Entry.Id));
        Assert.Equal([0m, 1_000m, 1_750.50m, 550.50m, 450.50m, 650.50m, 650.50m], rows.Select(r => r.Balance));
        Assert.Equal(650.50m, Ledger.Balance(lines));
        var pledges = Ledger.Pledges(lines);
        Assert.Equal([("Welzijn Utrecht", 1_500m, 750.50m, 749.50m), ("Woningcorporatie Portaal", 0m, 900m, 0m)],
            pledges.Select(p => (p.Party, p.Pledged, p.Paid, p.Open)));
        Assert.Equal(900m, Ledger.Corrected(lines[1], lines));
    }

    [Theory]
    [InlineData(1250, "€ 1.250,00")]
    [InlineData(0.5, "€ 0,50")]
    [InlineData(-1234567.891, "-€ 1.234.567,89")]
    public void Euro_is_written_the_Dutch_way(double amount, string expected) =>
        Assert.Equal(expected, Ledger.Euro((decimal)amount));

    [Theory]
    [InlineData("1.250,00", 1250.00)]
    [InlineData("1250,5", 1250.50)]
    [InlineData("1250.50", 1250.50)]
    [InlineData("€ 300", 300)]
    [InlineData("1.250", 1250)]
    [InlineData("2.500.000", 2500000)]
    public void Amounts_are_read_as_people_type_them(string text, double expected)
    {
        Assert.Equal((decimal)expected, Ledger.ParseAmount(text, "Bedrag", allowNegative: false, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("", "Vul een bedrag in (veld 'Bedrag').")]
    [InlineData("twaalf", "'twaalf' is geen bedrag (veld 'Bedrag'); schrijf bijvoorbeeld 1.250,00.")]
    [InlineData("12,345", "Een bedrag heeft ten hoogste twee cijfers achter de komma (veld 'Bedrag').")]
    [InlineData("0", "Het bedrag moet groter zijn dan nul (veld 'Bedrag').")]
    [InlineData("-5", "Het bedrag moet groter zijn dan nul (veld 'Bedrag').")]
    [InlineData("20.000.000", "Het bedrag is hoger dan € 10.000.000,00 (veld 'Bedrag').")]
    public void Bad_amounts_are_refused_naming_the_field(string text, string message)
    {
        Assert.Null(Ledger.ParseAmount(text, "Bedrag", allowNegative: false, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_correction_may_be_negative()
    {
        Assert.Equal(-100m, Ledger.ParseAmount("-100,00", "Correctiebedrag", allowNegative: true, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void A_decision_must_follow_its_votes_and_stay_within_request_and_balance()
    {
        var twoToOne = Ledger.Tally([VoteChoice.For, VoteChoice.For, VoteChoice.Against, VoteChoice.Abstain]);
        var tie = Ledger.Tally([VoteChoice.For, VoteChoice.Against]);

        Assert.Equal((2, 1, 1, DecisionOutcome.Granted), (twoToOne.For, twoToOne.Against, twoToOne.Abstain, twoToOne.Majority));
        Assert.Equal(DecisionOutcome.Rejected, tie.Majority);
        Assert.Null(Ledger.CheckDecision(twoToOne, DecisionOutcome.Granted, 500m, 500m, 500m));
        Assert.Null(Ledger.CheckDecision(tie, DecisionOutcome.Rejected, 0m, 500m, 0m));
        Assert.Contains("ten minste één stem", Ledger.CheckDecision(Ledger.Tally([]), DecisionOutcome.Rejected, 0m, 10m, 10m), StringComparison.Ordinal);
        Assert.Equal("De stemmen (1 voor, 1 tegen, 0 onthouding) geven als uitkomst 'afgewezen', niet 'toegekend' (veld 'Uitkomst'). Controleer de stemmen of de uitkomst.",
            Ledger.CheckDecision(tie, DecisionOutcome.Granted, 10m, 10m, 10m));
        Assert.Equal("Het toegekende bedrag (€ 600,00) is hoger dan het gevraagde bedrag (€ 500,00) (veld 'Toegekend bedrag').",
            Ledger.CheckDecision(twoToOne, DecisionOutcome.Granted, 600m, 500m, 1_000m));
        Assert.Equal("Het toegekende bedrag (€ 500,00) is hoger dan het beschikbare saldo van het wijkfonds (€ 499,99) (veld 'Toegekend bedrag').",
            Ledger.CheckDecision(twoToOne, DecisionOutcome.Granted, 500m, 500m, 499.99m));
    }

    [Fact]
    public void A_correction_cannot_push_a_line_or_the_balance_below_zero_nor_correct_a_correction()
    {
        List<FundEntry> lines = [Line(1, FundEntryKind.Payment, 1_000m), Line(2, FundEntryKind.Grant, 800m), Line(3, FundEntryKind.Correction, 50m, corrects: 1)];

        Assert.Null(Ledger.CheckCorrection(lines[0], -250m, lines));
        Assert.Contains("het saldo kan niet onder nul komen", Ledger.CheckCorrection(lines[0], -251m, lines), StringComparison.Ordinal);
        Assert.Contains("een regel kan niet onder nul komen", Ledger.CheckCorrection(lines[1], -801m, lines), StringComparison.Ordinal);
        Assert.Null(Ledger.CheckCorrection(lines[1], -800m, lines));
        Assert.Contains("zelf een correctie", Ledger.CheckCorrection(lines[2], 10m, lines), StringComparison.Ordinal);
    }

    /// <summary>
    /// Any sequence of entries the ledger accepts (grants only up to the balance, corrections only when checked):
    /// every running balance equals payments − grants ± corrections up to that line, and none is below zero.
    /// </summary>
    [Fact]
    public void Running_balance_of_any_valid_sequence_is_payments_minus_grants_with_corrections_and_never_negative()
    {
        var step = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 500_000], Gen.Int[0, 1_000], Gen.Bool);
        step.Array[0, 60].Sample(steps =>
        {
            var lines = new List<FundEntry>();
            foreach (var (kind, cents, pick, down) in steps)
            {
                var amount = cents / 100m;
                var id = lines.Count + 1;
                switch ((FundEntryKind)kind)
                {
                    case FundEntryKind.Grant:
                        var balance = Ledger.Balance(lines);
                        if (amount <= balance)
                        {
                            lines.Add(Line(id, FundEntryKind.Grant, amount, "Bewoners"));
                        }

                        break;
                    case FundEntryKind.Correction:
                        var originals = lines.Where(l => l.Kind != FundEntryKind.Correction).ToList();
                        if (originals.Count > 0)
                        {
                            var original = originals[pick % originals.Count];
                            var signed = down ? -amount : amount;
                            if (Ledger.CheckCorrection(original, signed, lines) is null)
                            {
                                lines.Add(Line(id, FundEntryKind.Correction, signed, original.Party, original.Id));
                            }
                        }

                        break;
                    default:
                        lines.Add(Line(id, (FundEntryKind)kind, amount, pick % 2 == 0 ? "Portaal" : "Welzijn"));
                        break;
                }
            }

            var rows = Ledger.Running(lines);
            var kinds = lines.ToDictionary(l => l.Id, l => l.Kind);
            for (var n = 0; n < rows.Count; n++)
            {
                var upTo = lines.Take(n + 1).ToList();
                var payments = upTo.Where(l => l.Kind == FundEntryKind.Payment).Sum(l => l.Amount);
                var grants = upTo.Where(l => l.Kind == FundEntryKind.Grant).Sum(l => l.Amount);
                var corrections = upTo.Where(l => l.Kind == FundEntryKind.Correction)
                    .Sum(l => kinds[l.CorrectsEntryId!.Value] switch { FundEntryKind.Payment => l.Amount, FundEntryKind.Grant => -l.Amount, _ => 0m });
                Assert.Equal(payments - grants + corrections, rows[n].Balance);
                Assert.True(rows[n].Balance >= 0, $"balance {rows[n].Balance} after line {rows[n].Entry.Id}");
            }

            Assert.Equal(rows.Count == 0 ? 0m : rows[^1].Balance, Ledger.Balance(lines));
            Assert.All(Ledger.Pledges(lines), p => Assert.True(p.Open >= 0));
        });
    }
}
