using System.Globalization;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Wijkfonds;

/// <summary>One ledger line with the fund's balance after it.</summary>
public sealed record LedgerRow(FundEntry Entry, decimal Effect, decimal Balance);

/// <summary>What one party pledged and paid (corrections included), and what is still open.</summary>
public sealed record PartyPledge(string Party, decimal Pledged, decimal Paid)
{
    public decimal Open => Math.Max(0m, Pledged - Paid);
}

/// <summary>The counted votes of a decision.</summary>
public sealed record VoteTally(int For, int Against, int Abstain)
{
    /// <summary>What the majority decided: granted when more votes for than against, rejected otherwise (a tie is not a majority).</summary>
    public DecisionOutcome Majority => For > Against ? DecisionOutcome.Granted : DecisionOutcome.Rejected;

    public int Total => For + Against + Abstain;
}

/// <summary>
/// The wijkfonds ledger (kasboek): balance = payments − grants ± corrections. Pledges do not change the balance;
/// a correction adds its signed amount to the line it corrects and so changes the balance as that line does.
/// Pure: works on lines already read; the store keeps them add-only.
/// </summary>
public static class Ledger
{
    /// <summary>Largest single amount accepted, in euros.</summary>
    public const decimal MaxAmount = 10_000_000m;

    private static readonly CultureInfo NlNl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>An amount as the pages show it, e.g. "€ 1.250,00" (negative: "-€ 1.250,00").</summary>
    public static string Euro(decimal amount) =>
        (amount < 0 ? "-" : string.Empty) + "€ " + Math.Abs(amount).ToString("N2", NlNl);

    /// <summary>+1 for a payment, −1 for a grant, 0 for a pledge: how a line of this kind moves the balance.</summary>
    public static int Sign(FundEntryKind kind) => kind switch
    {
        FundEntryKind.Payment => 1,
        FundEntryKind.Grant => -1,
        _ => 0,
    };

    /// <summary>The kind a line stands for: its own, or for a correction the kind of the line it corrects.</summary>
    public static FundEntryKind EffectiveKind(FundEntry entry, IReadOnlyDictionary<int, FundEntry> byId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(byId);
        return entry.Kind == FundEntryKind.Correction && entry.CorrectsEntryId is { } target && byId.TryGetValue(target, out var original)
            ? original.Kind
            : entry.Kind;
    }

    /// <summary>How much <paramref name="entry"/> changes the balance.</summary>
    public static decimal Effect(FundEntry entry, IReadOnlyDictionary<int, FundEntry> byId) =>
        Sign(EffectiveKind(entry, byId)) * entry.Amount;

    /// <summary>Every line in order (time, then id) with the balance after it.</summary>
    public static IReadOnlyList<LedgerRow> Running(IEnumerable<FundEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = Order(entries);
        var byId = ordered.ToDictionary(e => e.Id);
        var balance = 0m;
        var rows = new List<LedgerRow>(ordered.Count);
        foreach (var entry in ordered)
        {
            var effect = Effect(entry, byId);
            balance += effect;
            rows.Add(new LedgerRow(entry, effect, balance));
        }

        return rows;
    }

    /// <summary>Payments − grants ± corrections.</summary>
    public static decimal Balance(IEnumerable<FundEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var byId = list.ToDictionary(e => e.Id);
        return list.Sum(e => Effect(e, byId));
    }

    /// <summary>Per party: pledged and paid (corrections included), ordered by party; parties with neither are left out.</summary>
    public static IReadOnlyList<PartyPledge> Pledges(IEnumerable<FundEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var byId = list.ToDictionary(e => e.Id);
        return list
            .Select(e => (Entry: e, Kind: EffectiveKind(e, byId)))
            .Where(x => x.Kind is FundEntryKind.Pledge or FundEntryKind.Payment)
            .GroupBy(x => x.Entry.Party, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new PartyPledge(
                g.First().Entry.Party,
                g.Where(x => x.Kind == FundEntryKind.Pledge).Sum(x => x.Entry.Amount),
                g.Where(x => x.Kind == FundEntryKind.Payment).Sum(x => x.Entry.Amount)))
            .OrderBy(p => p.Party, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>What a line amounts to with all corrections to it: its own amount plus theirs.</summary>
    public static decimal Corrected(FundEntry original, IEnumerable<FundEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(entries);
        return original.Amount + entries.Where(e => e.Kind == FundEntryKind.Correction && e.CorrectsEntryId == original.Id).Sum(e => e.Amount);
    }

    public static VoteTally Tally(IEnumerable<VoteChoice> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var list = votes.ToList();
        return new VoteTally(list.Count(v => v == VoteChoice.For), list.Count(v => v == VoteChoice.Against), list.Count(v => v == VoteChoice.Abstain));
    }

    /// <summary>Why a decision with these votes, outcome and amount cannot be recorded; null when it can.</summary>
    public static string? CheckDecision(VoteTally tally, DecisionOutcome outcome, decimal granted, decimal requested, decimal balance)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (tally.Total == 0)
        {
            return WorkspaceText.Get("LedgerNoVotes");
        }

        if (tally.Majority != outcome)
        {
            return WorkspaceText.Format("LedgerMajority", tally.For, tally.Against, tally.Abstain, Word(tally.Majority), Word(outcome));
        }

        if (outcome == DecisionOutcome.Rejected)
        {
            return granted == 0 ? null : WorkspaceText.Get("LedgerRejectedAmount");
        }

        if (granted > requested)
        {
            return WorkspaceText.Format("LedgerAboveRequested", Euro(granted), Euro(requested));
        }

        if (granted > balance)
        {
            return WorkspaceText.Format("LedgerAboveBalance", Euro(granted), Euro(balance));
        }

        return null;
    }

    /// <summary>
    /// Why a correction of <paramref name="original"/> by <paramref name="amount"/> cannot be added; null when it can.
    /// The corrected line may not become negative, a correction is not itself corrected, and the balance may not drop below zero.
    /// </summary>
    public static string? CheckCorrection(FundEntry original, decimal amount, IReadOnlyCollection<FundEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(entries);
        if (original.Kind == FundEntryKind.Correction)
        {
            return WorkspaceText.Format("LedgerCorrectionOfCorrection", original.Id);
        }

        if (amount == 0)
        {
            return WorkspaceText.Get("LedgerZeroCorrection");
        }

        var corrected = Corrected(original, entries) + amount;
        if (corrected < 0)
        {
            return WorkspaceText.Format("LedgerLineBelowZero", original.Id, Euro(corrected));
        }

        var after = Balance(entries) + Sign(original.Kind) * amount;
        return after < 0
            ? WorkspaceText.Format("LedgerBalanceBelowZero", Euro(after))
            : null;
    }

    /// <summary>
    /// Reads an amount in euros as people type it ("1.250,50", "1250,5", "1250.50", "€ 300"), with a Dutch message
    /// naming <paramref name="field"/> when it is empty, not a number, zero or negative (unless <paramref name="allowNegative"/>),
    /// has more than two decimals, or is above <see cref="MaxAmount"/>.
    /// </summary>
    public static decimal? ParseAmount(string? text, string field, bool allowNegative, out string? error)
    {
        ArgumentNullException.ThrowIfNull(field);
        error = null;
        var t = (text ?? string.Empty).Replace("€", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace('\u2212', '-');
        if (t.Length == 0)
        {
            error = WorkspaceText.Format("AmountEmpty", field);
            return null;
        }

        // A comma is the Dutch decimal sign; without one, a single point followed by one or two digits is a decimal point.
        var point = !t.Contains(',', StringComparison.Ordinal) && t.Count(c => c == '.') == 1 && t.Length - t.IndexOf('.', StringComparison.Ordinal) - 1 is 1 or 2;
        var culture = point ? CultureInfo.InvariantCulture : NlNl;
        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, culture, out var amount))
        {
            error = WorkspaceText.Format("AmountNotNumber", text, field);
            return null;
        }

        if (amount.Scale > 2)
        {
            error = WorkspaceText.Format("AmountDecimals", field);
            return null;
        }

        if (!allowNegative && amount <= 0)
        {
            error = WorkspaceText.Format("AmountNotPositive", field);
            return null;
        }

        if (Math.Abs(amount) > MaxAmount)
        {
            error = WorkspaceText.Format("AmountTooHigh", Euro(MaxAmount), field);
            return null;
        }

        return decimal.Round(amount, 2);
    }

    /// <summary>The outcome as a word in the current language (for messages; <see cref="Dutch(DecisionOutcome)"/> is for stored text).</summary>
    public static string Word(DecisionOutcome outcome) => WorkspaceText.Get(outcome == DecisionOutcome.Granted ? "OutcomeGranted" : "OutcomeRejected");

    public static string Dutch(DecisionOutcome outcome) => outcome == DecisionOutcome.Granted ? "toegekend" : "afgewezen";

    public static string Dutch(VoteChoice choice) => choice switch
    {
        VoteChoice.For => "voor",
        VoteChoice.Against => "tegen",
        _ => "onthouding",
    };

    public static string Dutch(FundEntryKind kind) => kind switch
    {
        FundEntryKind.Pledge => "toezegging",
        FundEntryKind.Payment => "storting",
        FundEntryKind.Grant => "uitgave",
        _ => "correctie",
    };

    private static List<FundEntry> Order(IEnumerable<FundEntry> entries) => [.. entries.OrderBy(e => e.At).ThenBy(e => e.Id)];
}
