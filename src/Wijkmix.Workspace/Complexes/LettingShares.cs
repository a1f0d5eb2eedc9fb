namespace Wijkmix.Workspace.Complexes;

/// <summary>Shares of vulnerable lettings per complex over a period.</summary>
internal static class LettingShares
{
    /// <summary>
    /// Per complex whose lettings and regular lettings are shown in every year of the period: its vulnerable lettings
    /// (all but regular) and their share. Its buurt's share is taken over all of the partner's complexes in the buurt
    /// (all cells: the reference is an aggregate), and given only when the other complexes in the buurt together have
    /// at least <paramref name="threshold"/> lettings and vulnerable lettings, so the comparison bounds no hidden
    /// complex below the threshold. The workspace share is over all complexes, under the same condition.
    /// </summary>
    public static (Dictionary<string, LettingShare> Shares, double? Workspace) Compute(IReadOnlyList<ComplexBody> bodies, (int From, int To) period, int threshold)
    {
        var result = new Dictionary<string, LettingShare>(StringComparer.Ordinal);
        long allVulnerable = 0, allLettings = 0;
        foreach (var body in bodies)
        {
            var years = body.Years.Where(y => y >= period.From && y <= period.To).ToList();
            var raw = body.Units.ToDictionary(u => u, u => Sum(years, y => body.Raw(u, "verhuringen", y), y => body.Raw(u, "regulier", y))!.Value, StringComparer.Ordinal);
            allVulnerable += raw.Values.Sum(r => r.Vulnerable);
            allLettings += raw.Values.Sum(r => r.Lettings);
            foreach (var buurt in body.Units.GroupBy(u => u[..u.IndexOf(':', StringComparison.Ordinal)], StringComparer.Ordinal))
            {
                var buurtVulnerable = buurt.Sum(u => raw[u].Vulnerable);
                var buurtLettings = buurt.Sum(u => raw[u].Lettings);
                foreach (var unit in buurt)
                {
                    var shown = Sum(years, y => body.Shown(unit, "verhuringen", y), y => body.Shown(unit, "regulier", y));
                    if (shown is not { Lettings: > 0 } s)
                    {
                        continue;
                    }

                    var (otherVulnerable, otherLettings) = (buurtVulnerable - raw[unit].Vulnerable, buurtLettings - raw[unit].Lettings);
                    double? buurtShare = body.Detailed || (otherVulnerable >= threshold && otherLettings >= threshold) ? (double)buurtVulnerable / buurtLettings : null;
                    result[unit] = new LettingShare(s.Vulnerable, s.Lettings, (double)s.Vulnerable / s.Lettings, buurtShare);
                }
            }
        }

        double? workspace = allVulnerable >= threshold && allLettings - allVulnerable >= threshold ? (double)allVulnerable / allLettings : null;
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
