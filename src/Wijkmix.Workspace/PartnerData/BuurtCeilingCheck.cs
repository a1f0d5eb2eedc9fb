using System.Globalization;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Refuses a file whose rows in one buurt add up to more than CBS counts in the whole buurt (more dwellings in a
/// corporation's complexes than the buurt has): the problem names the row where the sum first goes over, and the column.
/// </summary>
internal static class BuurtCeilingCheck
{
    public static void Check(IReadOnlyList<PartnerRow> rows, PartnerReadContext context, ProblemList problems)
    {
        if (context.BuurtCeilings.Count == 0)
        {
            return;
        }

        var sums = new Dictionary<(string Buurt, string Year, string Column), long>();
        var reported = new HashSet<(string, string, string)>();
        foreach (var row in rows)
        {
            var buurt = row.Texts[PartnerTemplate.BuurtCodeColumn];
            if (!context.BuurtCeilings.TryGetValue(buurt, out var ceilings))
            {
                continue;
            }

            var year = row.Texts.GetValueOrDefault(PartnerTemplate.YearColumn) ?? string.Empty;
            foreach (var (column, value) in row.Counts)
            {
                if (!ceilings.TryGetValue(column, out var ceiling))
                {
                    continue;
                }

                var key = (buurt, year, column);
                var sum = sums[key] = sums.GetValueOrDefault(key) + value;
                if (sum > ceiling + Monitor.Complexes.CbsBuurtCounts.RoundingAllowance && reported.Add(key))
                {
                    problems.Add(row.Line, column, PartnerDataText.Format("ExceedsBuurtTotal", column, buurt, sum,
                        ceiling.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))));
                }
            }
        }
    }
}
