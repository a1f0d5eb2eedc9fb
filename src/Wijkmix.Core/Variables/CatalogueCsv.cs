using System.Reflection;

namespace Wijkmix.Core.Variables;

/// <summary>Reads the small semicolon files embedded in an assembly (catalogue, aliases, indicators).</summary>
public static class CatalogueCsv
{
    /// <summary>The rows of a file embedded in this assembly.</summary>
    public static IEnumerable<Dictionary<string, string>> Read(string resourceName) => Read(typeof(CatalogueCsv).Assembly, resourceName);

    /// <summary>The rows of <paramref name="resourceName"/> embedded in <paramref name="assembly"/>.</summary>
    public static IEnumerable<Dictionary<string, string>> Read(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.Split(';') ?? throw new InvalidOperationException($"{resourceName} is empty.");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split(';');
            if (cells.Length != header.Length)
            {
                throw new InvalidOperationException(
                    $"{resourceName}:{lineNumber}: {cells.Length} fields, expected {header.Length}.");
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = cells[i].Trim();
            }

            yield return row;
        }
    }

    /// <summary>Parses "2019-2025", "2019,2021" or "2024" into a set of years.</summary>
    public static HashSet<int> ParseYears(string text)
    {
        var years = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var from = int.Parse(part[..dash], System.Globalization.CultureInfo.InvariantCulture);
                var to = int.Parse(part[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                for (var y = from; y <= to; y++)
                {
                    years.Add(y);
                }
            }
            else
            {
                years.Add(int.Parse(part, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return years;
    }
}
