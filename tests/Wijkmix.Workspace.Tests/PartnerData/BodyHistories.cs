using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.Tests.PartnerData;

/// <summary>
/// Seeded histories of two to four uploads (three when nested) of one partner: a first table of small and larger counts, then each
/// next upload is the previous one minus a row, with one count ±1, with a row added, or partly new figures.
/// Nested histories keep sociale ≤ woningen and urgent ≤ verhuringen in every row.
/// </summary>
internal static class BodyHistories
{
    private static readonly string[] Nested = ["woningen", "sociale_huurwoningen", "verhuringen", "verhuringen_urgent"];

    public static (List<IReadOnlyCollection<PartnerFigure>> Versions, int Threshold) Generate(int seed, bool nested)
    {
        var random = new Random(seed);
        var threshold = random.Next(10, 16);
        var measures = nested ? Nested : [.. Enumerable.Range(0, random.Next(2, 4)).Select(i => $"maat{i}")];
        // Nested tables have four columns and twice the unknowns (the nesting slacks): kept smaller for the exact audit.
        var rows = Enumerable.Range(0, random.Next(2, nested ? 4 : 5)).ToDictionary(r => $"U{r:00}", _ => Row(random, measures.Length, nested));
        var next = rows.Count;
        var versions = new List<IReadOnlyCollection<PartnerFigure>> { Figures(rows, measures) };
        for (var step = random.Next(1, nested ? 3 : 4); step > 0; step--)
        {
            var units = rows.Keys.Order(StringComparer.Ordinal).ToList();
            var unit = units[random.Next(units.Count)];
            switch (random.Next(4))
            {
                case 0 when rows.Count > 1:
                    rows.Remove(unit);
                    break;
                case 1:
                    var row = rows[unit] = [.. rows[unit]];
                    var c = random.Next(measures.Length);
                    row[c] = Math.Max(0, row[c] + (random.Next(2) == 0 ? -1 : 1));
                    Nest(row, nested, c);
                    break;
                case 2:
                    rows[$"U{next++:00}"] = Row(random, measures.Length, nested);
                    break;
                default:
                    rows[unit] = Row(random, measures.Length, nested);
                    break;
            }

            versions.Add(Figures(rows, measures));
        }

        return (versions, threshold);
    }

    private static long[] Row(Random random, int columns, bool nested)
    {
        var row = Enumerable.Range(0, columns).Select(_ => (long)Math.Min(random.Next(0, 50), random.Next(0, 50))).ToArray();
        if (nested)
        {
            (row[0], row[1]) = (Math.Max(row[0], row[1]), Math.Min(row[0], row[1]));
            (row[2], row[3]) = (Math.Max(row[2], row[3]), Math.Min(row[2], row[3]));
        }

        return row;
    }

    /// <summary>After a change in <paramref name="changed"/>, keeps child ≤ parent by moving the other one along.</summary>
    private static void Nest(long[] row, bool nested, int changed)
    {
        if (!nested)
        {
            return;
        }

        for (var parent = 0; parent < 4; parent += 2)
        {
            if (row[parent + 1] > row[parent])
            {
                if (changed == parent)
                {
                    row[parent + 1] = row[parent];
                }
                else
                {
                    row[parent] = row[parent + 1];
                }
            }
        }
    }

    private static List<PartnerFigure> Figures(Dictionary<string, long[]> rows, string[] measures) =>
        [.. rows.SelectMany(r => r.Value.Select((v, c) => PartnerBodyTests.Figure(r.Key, measures[c], v)))];
}
