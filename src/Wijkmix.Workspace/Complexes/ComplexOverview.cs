using Wijkmix.Monitor.Complexes;

namespace Wijkmix.Workspace.Complexes;

/// <summary>Vulnerable lettings of a complex over a period, against its buurt and the whole workspace (as far as shown).</summary>
/// <param name="Vulnerable">Lettings through urgency, to statushouders, uitstroom and other bemiddeling (all but regular).</param>
/// <param name="BuurtShare">Over all of the partner's complexes in the buurt; null when the others there are too few to show it.</param>
public sealed record LettingShare(long Vulnerable, long Lettings, double Share, double? BuurtShare);

/// <summary>One complex as the page shows it; every figure is one the viewer may see.</summary>
/// <param name="Household">Its part in the segregation between complexes (household type), with its mix against its buurt.</param>
/// <param name="Flag">The rule that flagged it, as a sentence; null when not flagged.</param>
public sealed record ComplexRow(
    string Code, string BuurtCode, string Name, double? Latitude, double? Longitude, long? Dwellings,
    ComplexContribution? Household, LettingShare? Lettings, string? Flag);

/// <summary>What the Complexen page shows.</summary>
/// <param name="HouseholdLadder">Household type (as CBS) on gemeente ⊃ wijk ⊃ buurt ⊃ complex; null without household figures.</param>
/// <param name="IncomeLadder">Income class of the partners' households: the partners' stock only (CBS has no such counts per buurt).</param>
/// <param name="Rows">The complexes the viewer may see, flagged first, then by share of vulnerable lettings.</param>
/// <param name="Hidden">Complexes not shown because every figure of theirs is suppressed.</param>
/// <param name="Period">The years the lettings shares cover; null without lettings.</param>
/// <param name="FlagPeriod">The rule's years (the last <see cref="FlagRule.Years"/> up to the period's end).</param>
/// <param name="WorkspaceShare">Share of vulnerable lettings over every complex shown.</param>
public sealed record ComplexOverviewResult(
    ScaleLadder? HouseholdLadder, ScaleLadder? IncomeLadder, IReadOnlyList<ComplexRow> Rows, int Hidden,
    (int From, int To)? Period, (int From, int To)? FlagPeriod, double? WorkspaceShare, FlagRule Rule, bool AnyDetailed);

/// <summary>Builds the Complexen page from a workspace's complex figures, the flag rule and CBS's buurt counts.</summary>
public static class ComplexOverview
{
    /// <summary>The household-type columns, in the order of CBS's household grouping (one person, without, with children).</summary>
    public static IReadOnlyList<string> HouseholdTypes { get; } = ["eenpersoons", "zonder_kinderen", "met_kinderen"];

    /// <summary>Coverage of the ladders' bootstrap intervals: the 5th to the 95th percentile of the replicates.</summary>
    public const double IntervalConfidence = 0.90;

    /// <summary>The fixed seed of the ladders' bootstrap, so the same uploads always show the same intervals.</summary>
    public const int IntervalSeed = 15;

    /// <summary>The income columns of the households template.</summary>
    public static IReadOnlyList<string> IncomeClasses { get; } = ["inkomen_laag", "inkomen_midden", "inkomen_hoog"];

    /// <param name="cbsBuurten">CBS households by type per buurt of the gemeente (same group order), or null.</param>
    /// <param name="from">First year of the lettings period (default: the flag rule's first year).</param>
    /// <param name="to">Last year (default: the latest year with lettings).</param>
    /// <param name="threshold">The workspace's suppression threshold (for the buurt and workspace references).</param>
    /// <param name="replicates">Bootstrap replicates for the ladders' intervals (<see cref="IntervalConfidence"/>, seed <see cref="IntervalSeed"/>); 0: none.</param>
    public static ComplexOverviewResult Build(ComplexData data, FlagRule rule, IReadOnlyList<LadderBuurt>? cbsBuurten, int threshold, int? from = null, int? to = null, int replicates = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rule);
        var households = Ladder(data.Households, HouseholdTypes, cbsBuurten, replicates);
        var income = Ladder(data.Households, IncomeClasses, null, replicates);
        var years = data.Lettings.SelectMany(b => b.Years).Distinct().Order().ToList();
        var last = years.Count == 0 ? (int?)null : Math.Clamp(to ?? years[^1], years[0], years[^1]);
        // Flags always over the rule's last years of the data, whatever period is shown.
        (int, int)? flagPeriod = years.Count == 0 ? null : (years[^1] - rule.Years + 1, years[^1]);
        (int, int)? period = last is { } e ? (Math.Clamp(from ?? e - rule.Years + 1, years[0], e), e) : null;
        var (shares, workspaceShare) = period is { } p ? LettingShares.Compute(data.Lettings, p, threshold) : ([], null);
        var flagShares = flagPeriod == period ? shares : flagPeriod is { } fp ? LettingShares.Compute(data.Lettings, fp, threshold).Shares : [];
        var units = data.Dwellings.SelectMany(b => b.Units).Concat(data.Households.SelectMany(b => b.Units)).Concat(data.Lettings.SelectMany(b => b.Units))
            .Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<ComplexRow>();
        foreach (var unit in units)
        {
            var dwellings = data.Dwellings.Select(b => b.Units.Contains(unit) ? b.Shown(unit, "woningen") : null).FirstOrDefault(v => v is not null);
            var household = Shown(households, data.Households, HouseholdTypes, unit);
            var lettings = shares.GetValueOrDefault(unit);
            var flag = flagShares.GetValueOrDefault(unit) is { } f && f.BuurtShare is { } b && f.Share * 100 > rule.Percent && f.Share > rule.BuurtFactor * b ? rule.Describe() : null;
            if (dwellings is null && household is null && lettings is null)
            {
                continue;
            }

            var named = data.Register.GetValueOrDefault(unit);
            rows.Add(new ComplexRow(unit, unit[..unit.IndexOf(':', StringComparison.Ordinal)], named?.Name ?? unit[(unit.IndexOf(':', StringComparison.Ordinal) + 1)..],
                named?.Latitude, named?.Longitude, dwellings, household, lettings, flag));
        }

        var ordered = rows.OrderBy(r => r.Flag is null).ThenByDescending(r => r.Lettings?.Share ?? -1).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var anyDetailed = data.Dwellings.Concat(data.Households).Concat(data.Lettings).Any(b => b.Detailed);
        return new ComplexOverviewResult(households, income, ordered, units.Count - rows.Count, period, flagPeriod, workspaceShare, rule, anyDetailed);
    }

    /// <summary>The ladder of one split over every partner's households, from all cells (an index shows no complex).</summary>
    private static ScaleLadder? Ladder(IReadOnlyList<ComplexBody> bodies, IReadOnlyList<string> groups, IReadOnlyList<LadderBuurt>? cbsBuurten, int replicates)
    {
        // Two corporations may use the same complex code in one buurt: each keeps its own unit (named with its organisation).
        var taken = bodies.SelectMany(b => b.Units).GroupBy(u => u, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var complexes = bodies.SelectMany(b => b.Units.Select(u => new SubBuurtUnit(taken.Contains(u) ? $"{u} ({b.Upload.Organisation})" : u, u[..u.IndexOf(':', StringComparison.Ordinal)],
            [.. groups.Select(g => (double)b.Raw(u, g))]))).ToList();
        return complexes.Count == 0 ? null
            : ScaleLadders.Build(groups, cbsBuurten, complexes, replicates: replicates, seed: IntervalSeed, confidence: IntervalConfidence);
    }

    /// <summary>
    /// A complex's contribution, when the viewer may see it: its own split is shown, and — when the ladder covers the
    /// partners' stock only, so its buurt's mix is made of the partners' complexes — so is every complex in its buurt.
    /// </summary>
    private static ComplexContribution? Shown(ScaleLadder? ladder, IReadOnlyList<ComplexBody> bodies, IReadOnlyList<string> groups, string unit)
    {
        var contribution = ladder?.Complexes.FirstOrDefault(c => c.Code == unit);
        if (contribution is null)
        {
            return null;
        }

        bool IsShown(string u) => bodies.Any(b => b.Units.Contains(u) && groups.All(g => b.Shown(u, g) is not null));
        var neighbours = ladder!.CoversCity ? [unit] : ladder.Complexes.Where(c => c.BuurtCode == contribution.BuurtCode).Select(c => c.Code);
        return neighbours.All(IsShown) ? contribution : null;
    }
}
