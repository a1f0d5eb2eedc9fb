using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Catalogue;

/// <summary>
/// Every variable the store can hold — all KWB variables of the catalogue, SES-WOA and the Leefbaarometer scores —
/// grouped by CBS's KWB themes, each with CBS's title, unit and definition (the DataProperties of KWB 2024, 85984NED,
/// embedded as <c>cbs-kwb-2024.json</c>), and which of them the store has for an area.
/// </summary>
public static class StoreCatalogue
{
    /// <summary>The StatLine table whose DataProperties give the CBS titles and definitions.</summary>
    public const string CbsTable = "85984NED";

    private static readonly Lazy<FrozenDictionary<string, CatalogueVariable>> ById = new(Load);

    /// <summary>Every variable, by theme order then catalogue order.</summary>
    public static IReadOnlyList<CatalogueVariable> All => [.. ById.Value.Values.OrderBy(v => v.Theme.Order).ThenBy(v => Position(v.Id))];

    public static bool TryGet(string? id, [NotNullWhen(true)] out CatalogueVariable? variable)
    {
        variable = null;
        return id is not null && ById.Value.TryGetValue(id.Trim(), out variable);
    }

    /// <summary>
    /// The indicator an id names: one of the monitor's indicators (shares computed from counts), else a catalogue
    /// variable as an indicator of its own stored value; case is ignored, as everywhere in the API.
    /// </summary>
    public static bool TryIndicator(string? id, [NotNullWhen(true)] out Indicator? indicator)
    {
        indicator = id is not null && IndicatorSet.TryGet(id.Trim(), out var known) ? known
            : TryGet(id, out var variable) ? variable.Indicator
            : null;
        return indicator is not null;
    }

    /// <summary>Every id <see cref="TryIndicator"/> knows: the indicators, then the catalogue's other variables.</summary>
    public static IReadOnlyList<string> IndicatorIds => [.. IndicatorSet.All.Select(i => i.Id).Union(All.Select(v => v.Id), StringComparer.OrdinalIgnoreCase)];

    /// <summary>The variables the store holds for the wijken or buurten of <paramref name="municipality"/> (cached).</summary>
    public static IReadOnlyList<CatalogueVariable> StoredWithin(MonitorData data, AreaCode municipality, AreaLevel level)
    {
        ArgumentNullException.ThrowIfNull(data);
        var areas = data.Within(municipality, level).Select(a => a.Code).ToArray();
        return data.Cached($"stored-within|{municipality.Value}|{level}", s => Stored(s, areas));
    }

    /// <summary>The variables of <paramref name="variables"/> grouped by theme, themes in CBS's order.</summary>
    public static IReadOnlyList<IGrouping<VariableTheme, CatalogueVariable>> ByTheme(IEnumerable<CatalogueVariable> variables) =>
        [.. variables.OrderBy(v => v.Theme.Order).ThenBy(v => Position(v.Id)).GroupBy(v => v.Theme)];

    /// <summary>The variables the store holds a figure (or a suppressed cell) for in any of <paramref name="areas"/>, cached per question.</summary>
    public static IReadOnlyList<CatalogueVariable> Stored(MonitorData data, IReadOnlyCollection<AreaCode> areas)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(areas);
        var key = "stored-variables|" + string.Join(',', areas.Select(a => a.Value).Order(StringComparer.Ordinal));
        return data.Cached(key, s => Stored(s, areas));
    }

    /// <summary>The variables <paramref name="source"/> holds for any of <paramref name="areas"/>, in catalogue order.</summary>
    public static IReadOnlyList<CatalogueVariable> Stored(IObservationSource source, IReadOnlyCollection<AreaCode> areas)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ids = source.Get(areas, ById.Value.Keys).Select(o => o.VariableId).ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(v => ids.Contains(v.Id))];
    }

    private static int Position(string id) => Positions.Value.TryGetValue(id, out var p) ? p : int.MaxValue;

    private static readonly Lazy<FrozenDictionary<string, int>> Positions = new(() =>
        VariableCatalogue.Default.Variables.Select(v => v.Id)
            .Concat(CatalogueCsv.Read(typeof(StoreCatalogue).Assembly, "Wijkmix.Monitor.leefbaarometer.csv").Select(r => r["id"]))
            .Select((id, i) => (id, i)).ToFrozenDictionary(x => x.id, x => x.i, StringComparer.Ordinal));

    private static FrozenDictionary<string, CatalogueVariable> Load()
    {
        var assembly = typeof(StoreCatalogue).Assembly;
        var themes = CatalogueCsv.Read(assembly, "Wijkmix.Monitor.themes.csv").ToDictionary(
            r => r["wijkmix_theme"], r => new VariableTheme(int.Parse(r["order"], System.Globalization.CultureInfo.InvariantCulture), r["name_nl"], r["name_en"]),
            StringComparer.Ordinal);
        // One theme object per CBS theme, so grouping by theme groups Bevolking's age and origin with population.
        var shared = themes.Values.DistinctBy(t => t.Order).ToDictionary(t => t.Order);
        VariableTheme ThemeOf(string theme) => shared[themes[theme].Order];

        var cbs = ReadCbs();
        var variables = new Dictionary<string, CatalogueVariable>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in VariableCatalogue.Default.Variables)
        {
            var meta = cbs.GetValueOrDefault(v.Id);
            // Amounts are stored in euro whatever CBS's "x 1 000 euro", so the unit shown is that of the figure shown.
            var unitText = v.Unit == MeasureUnit.Euro ? CbsUnits.Expected(MeasureUnit.Euro, 1) : meta?.Unit ?? CbsUnits.Expected(v.Unit, 1);
            variables[v.Id] = new CatalogueVariable(v.Id, ThemeOf(v.Theme), v.Unit, unitText, v.Direction,
                meta?.Title ?? v.NameNl, v.NameEn, meta?.Description is { Length: > 0 } d ? d : v.Definition,
                meta is null ? DefinitionSource.Catalogue : DefinitionSource.Cbs, meta?.Key, meta?.Decimals);
        }

        foreach (var r in CatalogueCsv.Read(assembly, "Wijkmix.Monitor.leefbaarometer.csv"))
        {
            variables[r["id"]] = new CatalogueVariable(r["id"], ThemeOf("leefbaarometer"), MeasureUnit.Number, CbsUnits.Expected(MeasureUnit.Number, 1),
                r["direction"] == "+" ? Direction.HigherIsBetter : Direction.Neutral, r["name_nl"], r["name_en"], r["definition_nl"],
                DefinitionSource.Leefbaarometer, null, int.Parse(r["decimals"], System.Globalization.CultureInfo.InvariantCulture));
        }

        return variables.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private sealed record CbsColumn(string Id, string Key, string Theme, string Title, string? Unit, string? Description, int? Decimals);

    private sealed record CbsFile(string Table, int Year, IReadOnlyList<CbsColumn> Variables);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static Dictionary<string, CbsColumn> ReadCbs()
    {
        using var stream = typeof(StoreCatalogue).Assembly.GetManifestResourceStream("Wijkmix.Monitor.cbs-kwb-2024.json")
                           ?? throw new InvalidOperationException("cbs-kwb-2024.json is not embedded");
        var file = JsonSerializer.Deserialize<CbsFile>(stream, JsonOptions)
                   ?? throw new InvalidOperationException("cbs-kwb-2024.json is empty");
        return file.Variables.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }
}
