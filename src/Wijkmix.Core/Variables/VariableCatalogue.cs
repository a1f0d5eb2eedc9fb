using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Wijkmix.Core.Variables;

/// <summary>
/// The catalogue of variables: stable ids with unit and definition, and every spelling CBS uses for
/// them in KWB files of 2019–2025 (OData keys, kwb-xlsx short names, StatLine labels, GeoJSON names).
/// </summary>
public sealed class VariableCatalogue
{
    private readonly Dictionary<string, VariableDefinition> _byId;
    private readonly Dictionary<string, VariableAlias[]> _bySpelling;
    private readonly Dictionary<string, NotUsedColumn[]> _notUsed;

    private VariableCatalogue(IEnumerable<VariableDefinition> variables, IEnumerable<NotUsedColumn> notUsed)
    {
        _notUsed = notUsed.GroupBy(n => NormaliseSpelling(n.Spelling), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byId = variables.ToDictionary(v => v.Id, StringComparer.Ordinal);
        _bySpelling = _byId.Values
            .SelectMany(v => v.Aliases)
            .GroupBy(a => NormaliseSpelling(a.Spelling), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with Wijkmix.</summary>
    public static VariableCatalogue Default { get; } = Load();

    public IReadOnlyCollection<VariableDefinition> Variables => _byId.Values;

    public VariableDefinition this[string id] => _byId[id];

    public bool TryGet(string id, [NotNullWhen(true)] out VariableDefinition? variable) => _byId.TryGetValue(id, out variable);

    /// <summary>
    /// Finds the variable a column header stands for. When a spelling means different variables in
    /// different years, the one valid in <paramref name="year"/> wins; a spelling valid in no year of
    /// that kind is still accepted when it is unambiguous (third parties reuse old keys for new years).
    /// </summary>
    public bool TryResolve(string header, int? year, [NotNullWhen(true)] out VariableAlias? alias)
    {
        alias = null;
        if (!_bySpelling.TryGetValue(NormaliseSpelling(header), out var candidates))
        {
            return false;
        }

        if (year is { } y)
        {
            alias = candidates.FirstOrDefault(a => a.AppliesTo(y));
        }

        if (alias is null && candidates.Select(a => a.VariableId).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            alias = candidates[0];
        }

        return alias is not null;
    }

    /// <summary>The columns read on purpose as no variable (names, codes), each with its reason.</summary>
    public IEnumerable<NotUsedColumn> NotUsed => _notUsed.Values.SelectMany(n => n);

    /// <summary>True when <paramref name="header"/> is a column Wijkmix leaves out on purpose in <paramref name="year"/> (or in any year when null).</summary>
    public bool IsNotUsed(string header, int? year, [NotNullWhen(true)] out NotUsedColumn? column)
    {
        column = _notUsed.TryGetValue(NormaliseSpelling(header), out var candidates)
            ? candidates.FirstOrDefault(n => year is not { } y || n.AppliesTo(y))
            : null;
        return column is not null;
    }

    /// <summary>StatLine labels differ in spacing and case between exports; keys are compared exactly otherwise.</summary>
    internal static string NormaliseSpelling(string spelling)
    {
        var trimmed = spelling.Trim();
        return trimmed.Contains('/', StringComparison.Ordinal) || trimmed.Contains(' ', StringComparison.Ordinal)
            ? string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()
            : trimmed;
    }

    private static VariableCatalogue Load()
    {
        var aliases = CatalogueCsv.Read("Wijkmix.Core.kwb-aliases.csv")
            .Concat(CatalogueCsv.Read("Wijkmix.Core.statline-aliases.csv"))
            .Select(r => new VariableAlias(
                r["variable_id"],
                Enum.Parse<AliasKind>(r["kind"], ignoreCase: true),
                r["spelling"],
                CatalogueCsv.ParseYears(r["years"]),
                double.Parse(r["scale"], CultureInfo.InvariantCulture)))
            .ToLookup(a => a.VariableId, StringComparer.Ordinal);

        var variables = CatalogueCsv.Read("Wijkmix.Core.variables.csv")
            .Select(r => new VariableDefinition(
                r["id"],
                r["theme"],
                ParseUnit(r["unit"]),
                r["direction"] switch { "+" => Direction.HigherIsBetter, "-" => Direction.HigherIsWorse, _ => Direction.Neutral },
                r["name_nl"],
                r["name_en"],
                r["definition_nl"],
                aliases[r["id"]].ToArray()))
            .ToList();

        var unknown = aliases.Select(g => g.Key).Except(variables.Select(v => v.Id), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("kwb-aliases.csv names unknown variables: " + string.Join(", ", unknown));
        }

        var notUsed = CatalogueCsv.Read("Wijkmix.Core.not-used.csv")
            .Select(r => new NotUsedColumn(
                Enum.Parse<AliasKind>(r["kind"], ignoreCase: true), r["spelling"], CatalogueCsv.ParseYears(r["years"]), r["reason"]))
            .ToList();
        return new VariableCatalogue(variables, notUsed);
    }

    private static MeasureUnit ParseUnit(string unit) => unit switch
    {
        "count" => MeasureUnit.Count,
        "percent" => MeasureUnit.Percent,
        "euro" => MeasureUnit.Euro,
        "per_1000" => MeasureUnit.PerThousand,
        "km" => MeasureUnit.Kilometre,
        "per_km2" => MeasureUnit.PerSquareKilometre,
        "hectare" => MeasureUnit.Hectare,
        "kwh" => MeasureUnit.KilowattHour,
        "m3" => MeasureUnit.CubicMetre,
        "number" => MeasureUnit.Number,
        "category" => MeasureUnit.Category,
        _ => throw new InvalidOperationException($"variables.csv: unknown unit '{unit}'."),
    };
}
