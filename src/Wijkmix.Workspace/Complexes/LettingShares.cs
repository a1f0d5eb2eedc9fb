namespace Wijkmix.Workspace.Complexes;

/// <summary>Shares of vulnerable lettings per complex over a period.</summary>
internal static class LettingShares
{
    /// <summary>
    /// Per complex whose lettings and regular lettings are shown in every year of the period: its vulnerable lettings
    /// (all but regular) and their share. Its buurt's share is taken over all of the partner's complexes in the buurt
    /// (all cells: the reference is an aggregate, rounded to whole percents), and given only when there are at least two
    /// other complexes in the buurt and together they have at least <paramref name="threshold"/> vulnerable and
    /// <paramref name="threshold"/> regular lettings: with one other complex the reference would give that complex's
    /// vulnerable lettings away exactly. The workspace share is over all complexes, under the same condition. This is a
    /// rule, not yet part of the exact LP audit (docs/decisions/0016).
    /// </summary>
    public static (Dictionary<string, LettingShare> Shares, double? Workspace) Compute(IReadOnlyList<ComplexBody> bodies, (int From, int To) period, int threshold)
    {
        var result = new Dictionary<string, LettingShare>(StringComparer.Ordinal);
        long allVulnerable = 0, allLettings = 0;
        foreach (var body in bodies)
        {
            var years = body.Years.Where(y => y >= period.From && y <= period.To).ToList();
            var raw = body.Units.ToDictionary(u => u, u => Sum(years.Where(y => body.Has(u, "verhuringen", y)).ToList(), y => body.Raw(u, "verhuringen", y), y => body.Raw(u, "regulier", y))!.Value, StringComparer.Ordinal);
            allVulnerable += raw.Values.Sum(r => r.Vulnerable);
            allLettings += raw.Values.Sum(r => r.Lettings);
            foreach (var buurt in body.Units.GroupBy(u => u[..Math.Max(0, u.IndexOf(':', StringComparison.Ordinal))], StringComparer.Ordinal))
            {
                var count = buurt.Count();
                var buurtVulnerable = buurt.Sum(u => raw[u].Vulnerable);
                var buurtLettings = buurt.Sum(u => raw[u].Lettings);
                foreach (var unit in buurt)
                {
                    var shown = Sum(years.Where(y => body.Has(unit, "verhuringen", y)).ToList(), y => body.Shown(unit, "verhuringen", y), y => body.Shown(unit, "regulier", y));
                    if (shown is not { Lettings: > 0 } s)
                    {
                        continue;
                    }

                    var (otherVulnerable, otherLettings) = (buurtVulnerable - raw[unit].Vulnerable, buurtLettings - raw[unit].Lettings);
                    var guarded = count >= 3 && otherVulnerable >= threshold && otherLettings - otherVulnerable >= threshold;
                    double? buurtShare = body.Detailed || guarded ? Math.Round((double)buurtVulnerable / buurtLettings, 2) : null;
                    result[unit] = new LettingShare(s.Vulnerable, s.Lettings, (double)s.Vulnerable / s.Lettings, buurtShare);
                }
            }
        }

        var complexes = bodies.Sum(b => b.Units.Count);
        double? workspace = complexes >= 3 && allVulnerable >= threshold && allLettings - allVulnerable >= threshold ? Math.Round((double)allVulnerable / allLettings, 2) : null;
        return (result, workspace);
    }

    /// <summary>Vulnerable and all lettings over the years; null when a figure is hidden in one of them.</summary>
    private static (long Vulnerable, long Lettings)? Sum(List<int> years, Func<int, long?> lettings, Func<int, long?> regular)
    {
        long vulnerable = 0, all = 0;
        foreach (var year in years)
        {
            if (lettings(year) is not { } total || regular(year) is not { } plain)
            {
                return null;
            }

            all += total;
            vulnerable += total - plain;
        }

        return (vulnerable, all);
    }
}
