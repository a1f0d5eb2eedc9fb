namespace Wijkmix.Workspace.Complexes;

/// <summary>Shares of vulnerable lettings per complex over a period, from the figures the viewer may see.</summary>
internal static class LettingShares
{
    /// <summary>
    /// Per complex whose lettings and regular lettings are shown in every year of the period: its vulnerable lettings
    /// (all but regular) and its share, against the share over the shown complexes of the same partner in its buurt.
    /// A complex with a hidden figure in the period is left out, of its own row and of its buurt's share, so every
    /// number here is computed from shown figures only.
    /// </summary>
    public static Dictionary<string, LettingShare> Compute(IReadOnlyList<ComplexBody> bodies, (int From, int To) period)
    {
        var result = new Dictionary<string, LettingShare>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            var sums = new Dictionary<string, (long Vulnerable, long Lettings)>(StringComparer.Ordinal);
            foreach (var unit in body.Units)
            {
                long vulnerable = 0, lettings = 0;
                var complete = true;
                for (var year = period.From; year <= period.To && complete; year++)
                {
                    if (!body.Years.Contains(year))
                    {
                        continue;
                    }

                    var total = body.Shown(unit, "verhuringen", year);
                    var regular = body.Shown(unit, "regulier", year);
                    complete = total is not null && regular is not null;
                    lettings += total ?? 0;
                    vulnerable += (total ?? 0) - (regular ?? 0);
                }

                if (complete && lettings > 0)
                {
                    sums[unit] = (vulnerable, lettings);
                }
            }

            foreach (var buurt in sums.GroupBy(s => s.Key[..s.Key.IndexOf(':', StringComparison.Ordinal)], StringComparer.Ordinal))
            {
                var buurtShare = (double)buurt.Sum(s => s.Value.Vulnerable) / buurt.Sum(s => s.Value.Lettings);
                foreach (var (unit, (vulnerable, lettings)) in buurt)
                {
                    result[unit] = new LettingShare(vulnerable, lettings, (double)vulnerable / lettings, buurtShare);
                }
            }
        }

        return result;
    }
}
