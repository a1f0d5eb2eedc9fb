using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Import;

namespace Wijkmix.Fuzz;

/// <summary>An importer of the statistics store (<see cref="Importer.Read"/>), the same path <c>wijkmix import</c> and the Gegevens page take.</summary>
public class StatisticsTarget(string name, string fileName, Func<byte[]> seed, Func<byte[], byte[]?> canonical, params string[] siblings) : FuzzTarget
{
    private readonly Lazy<byte[]> _seed = new(seed);

    public override string Name => name;

    public override string FileName => fileName;

    public override byte[] Seed => _seed.Value;

    public override IEnumerable<string> Siblings => siblings;

    public override byte[]? Canonical(byte[] plain) => canonical(plain);

    public override Outcome Product(string path)
    {
        var parsed = Importer.Read(path);
        if (!parsed.IsValid)
        {
            return Outcome.Refused(parsed.Problems[0].ToString());
        }

        return Outcome.Of(Facts(parsed));
    }

    /// <summary>Every stored fact of a parsed file, one line each: figures, area names, boundaries (by hash).</summary>
    public static IEnumerable<string> Facts(ParsedFile parsed)
    {
        foreach (var o in parsed.Observations)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"o|{o.Area.Value}|{o.Year}|{o.VariableId}|{(o.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "geheim")}");
        }

        foreach (var a in parsed.Areas)
        {
            yield return $"a|{a.Code.Value}|{a.Year}|{a.Name}|{a.MunicipalityName}";
        }

        foreach (var g in parsed.Geometries)
        {
            yield return $"g|{g.Code.Value}|{g.Year}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(g.GeoJson)))}";
        }
    }

    /// <summary>Values no store may hold: not finite, a count below zero or not whole, a percentage outside 0–100.</summary>
    public override IEnumerable<string> Implausible(Outcome outcome)
    {
        foreach (var fact in outcome.Facts.Where(f => f.StartsWith("o|", StringComparison.Ordinal)))
        {
            var parts = fact.Split('|');
            if (parts[4] == "geheim")
            {
                continue;
            }

            var value = double.Parse(parts[4], CultureInfo.InvariantCulture);
            var unit = VariableCatalogue.Default.TryGet(parts[3], out var variable) ? variable!.Unit : MeasureUnit.Number;
            if (!double.IsFinite(value) || (unit == MeasureUnit.Count && (value < 0 || value != Math.Floor(value)))
                || (unit == MeasureUnit.Percent && value is < 0 or > 100))
            {
                yield return fact;
            }
        }
    }

    /// <summary>The importers of the statistics store, each seeded from a real bundled file.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new StatisticsTarget("kwb-csv", "kwb2024_clean.csv",
            () => Seeds.Lines(Seeds.Data("cbs/kwb_gemeente_2020_2025/kwb2024_clean.csv.gz"), 30), References.Csv),
        new StatisticsTarget("odata-csv", "kwb2019_84583NED_utrecht_selected.csv",
            () => Seeds.Lines(Seeds.Data("cbs/kwb_buurt_g4_2019_2021/kwb2019_84583NED_utrecht_selected.csv.gz"), 25), References.Csv),
        new StatisticsTarget("statline-csv", "CBS-Utrecht_Nabijheid_voorzieningen__buurt_2023_14102024_164034.csv",
            () => Seeds.Lines(Seeds.Data("cbs/nabijheid_2023_utrecht/CBS-Utrecht_Nabijheid_voorzieningen__buurt_2023_14102024_164034.csv.gz"), 25), References.Csv),
        new StatisticsTarget("codelijst-csv", "kwb2024_85984NED_buurt_namen.csv",
            () => Seeds.Lines(Seeds.Data("cbs/kwb2024_85984NED_buurt_nl/kwb2024_85984NED_buurt_namen.csv.gz"), 40), References.Csv),
        new StatisticsTarget("odata-json", "stripped_filtered_data_2024.json",
            () => Seeds.ODataJson(Seeds.Data("cbs/kwb2024_85984NED_gm_wk/stripped_filtered_data_2024.json.gz"), 12), References.Json,
            Seeds.Data("cbs/kwb2024_85984NED_gm_wk/DataProperties.json.gz"), Seeds.Data("cbs/kwb2024_85984NED_gm_wk/TableInfos.json")),
        new StatisticsTarget("geojson", "buurt_2019_GM0518_denhaag.geojson",
            () => Seeds.GeoJson(Path.Combine(Seeds.Root, "tests/Wijkmix.Data.Tests/Download/Fixtures/buurt_2019_GM0518_denhaag.geojson.gz"), 8), References.Json),
        new StatisticsTarget("topojson", "nl_buurt_2019_gegeneraliseerd.topojson",
            () => Seeds.TopoJson(Seeds.Data("cbs/geo_buurt_2019/nl_buurt_2019_gegeneraliseerd.topojson.gz"), 8), References.Json),
        new XlsxTarget(),
    ];
}
