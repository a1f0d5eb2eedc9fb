using System.Collections.Frozen;
using System.Globalization;

namespace Wijkmix.Core.Variables;

/// <summary>
/// The StatLine table of Kerncijfers wijken en buurten per year (one table per year since 2013),
/// read from <c>kwb-tables.csv</c>, which also says where each pair was confirmed.
/// </summary>
public static class KwbTables
{
    private static readonly Lazy<FrozenDictionary<int, string>> ByYear = new(Load);

    public static IReadOnlyCollection<int> Years => ByYear.Value.Keys.Order().ToArray();

    public static string? TableOf(int year) => ByYear.Value.GetValueOrDefault(year);

    /// <summary>The year of a KWB table, by its id with or without the language suffix ("85984NED", "85984"); null for another table.</summary>
    public static int? YearOf(string tableId)
    {
        ArgumentNullException.ThrowIfNull(tableId);
        foreach (var (year, table) in ByYear.Value)
        {
            if (string.Equals(table, tableId, StringComparison.OrdinalIgnoreCase)
                || (tableId.Length == 5 && table.StartsWith(tableId, StringComparison.Ordinal)))
            {
                return year;
            }
        }

        return null;
    }

    private static FrozenDictionary<int, string> Load()
    {
        using var stream = typeof(KwbTables).Assembly.GetManifestResourceStream("Wijkmix.Core.kwb-tables.csv")
                           ?? throw new InvalidOperationException("kwb-tables.csv is not embedded");
        using var reader = new StreamReader(stream);
        var tables = new Dictionary<int, string>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(';', 3);
            if (fields.Length >= 2 && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                tables[year] = fields[1].Trim();
            }
        }

        return tables.ToFrozenDictionary();
    }
}
