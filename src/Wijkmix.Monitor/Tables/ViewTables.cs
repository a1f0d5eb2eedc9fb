using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Tables;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Segregation;

namespace Wijkmix.Monitor.Tables;

/// <summary>
/// Every view in tidy long form for CSV, XLSX and JSON downloads: stable English column names and codes,
/// the same in every language and on the command line and the web.
/// </summary>
public static class ViewTables
{
    /// <summary>The factsheet: one row per compared area and indicator.</summary>
    public static TidyTable Profile(AreaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var table = new TidyTable(["area_code", "area_name", "role", "year", "variable", "value", "status", "method"]);
        void Add(AreaCode code, string? name, string role, int year, string variable, Figure figure) =>
            table.Add(code.Value, name, role, year, variable, figure.Value, FigureFormat.Status(figure), figure.Estimate);
        foreach (var row in profile.Rows)
        {
            Add(profile.Area.Code, profile.Area.Name, "area", profile.Year, row.Indicator.Id, row.Value);
            if (row.PreviousYear is { } p)
            {
                Add(profile.Area.Code, profile.Area.Name, "area", p, row.Indicator.Id, row.Previous);
            }

            if (profile.Municipality is { } m)
            {
                Add(m.Code, m.Name, "municipality", profile.Year, row.Indicator.Id, row.Municipality);
            }

            Add(AreaCode.Country, "Nederland", "country", profile.Year, row.Indicator.Id, row.Country);
        }

        return table;
    }

    /// <summary>
    /// The wijkkompas: every area, indicator and year with the city value, the gap and the signals. In every view
    /// an estimated value has status "estimated" and its method code in the last column (empty otherwise).
    /// </summary>
    public static TidyTable Compass(CompassResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new TidyTable(["area_code", "area_name", "year", "variable", "value", "status", "city_value", "gap", "gap_change", "signals", "method"]);
        foreach (var r in result.Rows)
        {
            table.Add(r.Area.Code.Value, r.Area.Name, r.Year, r.Indicator.Id, r.Value.Value, FigureFormat.Status(r.Value), r.City.Value,
                r.Gap, r.GapChange, SignalCodes(r.Flags), r.Value.Estimate);
        }

        return table;
    }

    /// <summary>Stable codes of the wijkkompas signals: "falling_behind gap_widening".</summary>
    public static string SignalCodes(CompassSignals flags) =>
        string.Join(' ', new[] { (CompassSignals.FallingBehind, "falling_behind"), (CompassSignals.GapWidening, "gap_widening"), (CompassSignals.TooSmall, "too_small") }
            .Where(p => flags.HasFlag(p.Item1)).Select(p => p.Item2));

    /// <summary>A map: one row per area with the indicator's value in the year shown.</summary>
    public static TidyTable Map(Indicator indicator, int year, IEnumerable<(Area Area, Figure Value)> areas)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(areas);
        var table = new TidyTable(["area_code", "area_name", "year", "variable", "value", "status", "method"]);
        foreach (var (area, value) in areas)
        {
            table.Add(area.Code.Value, area.Name, year, indicator.Id, value.Value, FigureFormat.Status(value), value.Estimate);
        }

        return table;
    }

    /// <summary>
    /// Stored figures of an area and the areas below it at <paramref name="level"/>, with their source:
    /// one value per area, year and variable, from the source the pages use (the KWB table, then the
    /// rounded copies in boundary files, then other tables); every source's value with <paramref name="allSources"/>.
    /// </summary>
    public static TidyTable Stored(IObservationSource store, Area area, AreaLevel level, IReadOnlyCollection<string>? variables = null,
        IReadOnlySet<int>? years = null, bool allSources = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(area);
        var names = store.AreasWithin(area.Code, level).Append(area).DistinctBy(a => a.Code).ToDictionary(a => a.Code, a => a.Name);
        var table = new TidyTable(["area_code", "area_name", "level", "year", "variable", "value", "status", "source", "method"]);
        // GetWithin lists a cell's sources in order of precedence and OrderBy is stable, so the first of each cell is the one the pages show.
        var rows = store.GetWithin(area.Code, level, variables)
            .Where(x => years is null || years.Contains(x.Observation.Year))
            .OrderBy(x => x.Observation.Area.Value, StringComparer.Ordinal).ThenBy(x => x.Observation.Year)
            .ThenBy(x => x.Observation.VariableId, StringComparer.Ordinal);
        foreach (var (o, source) in allSources ? rows : rows.DistinctBy(x => (x.Observation.Area, x.Observation.Year, x.Observation.VariableId)))
        {
            table.Add(o.Area.Value, names.GetValueOrDefault(o.Area), LevelCode(o.Area.Level), o.Year, o.VariableId, o.Value,
                o.Value is null ? "suppressed" : o.Estimate is null ? "published" : "estimated", source, o.Estimate);
        }

        return table;
    }

    /// <summary>Dutch level names as codes in exports (the CBS terms).</summary>
    public static string LevelCode(AreaLevel level) => level switch
    {
        AreaLevel.Country => "land",
        AreaLevel.Municipality => "gemeente",
        AreaLevel.District => "wijk",
        AreaLevel.Neighbourhood => "buurt",
        _ => "eenheid",
    };

    /// <summary>
    /// A segregation report (and the change since an earlier one): indices, groups, scale, spatial and
    /// local contributions. <paramref name="componentName"/> names the decomposition's components in the
    /// group column (the engine's level names when null).
    /// </summary>
    public static TidyTable Segregation(SegregationReport report, SegregationReport? earlier = null, ChangeComponents? change = null,
        Func<SegregationReport, ScaleComponent, string>? componentName = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new TidyTable(["year", "scope", "index", "group", "value", "lower", "upper"]);
        if (earlier is not null)
        {
            AddReport(table, earlier, componentName);
        }

        AddReport(table, report, componentName);
        if (earlier is not null && change is not null)
        {
            var scope = "change_from_" + earlier.Request.Year.ToString(CultureInfo.InvariantCulture);
            foreach (var (code, value) in ChangeParts(change))
            {
                table.Add(report.Request.Year, scope, "M", code, value, null, null);
            }
        }

        return table;
    }

    /// <summary>The parts of a change of M with their stable codes, ending with the total.</summary>
    public static IReadOnlyList<(string Code, double Value)> ChangeParts(ChangeComponents change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return
        [
            ("additions", change.Additions), ("removals", change.Removals), ("group_shares", change.GroupShares),
            ("unit_sizes", change.UnitSizes), ("structural", change.Structural), ("total", change.Difference),
        ];
    }

    private static void AddReport(TidyTable table, SegregationReport r, Func<SegregationReport, ScaleComponent, string>? componentName)
    {
        var year = r.Request.Year;
        var i = r.Inference;
        var m = r.Indices;
        foreach (var (name, value, estimate) in new (string, double, Estimate?)[]
                 {
                     ("D", m.Dissimilarity, i?.Dissimilarity), ("Gini", m.Gini, null), ("H", m.Theil, i?.Theil),
                     ("M", m.MutualInformation, i?.MutualInformation), ("P (norm. exposure)", m.NormalizedExposure, null),
                     ("R (rel. diversity)", m.RelativeDiversity, null),
                 })
        {
            table.Add(year, "all", name, null, value, estimate?.Lower, estimate?.Upper);
        }

        foreach (var g in r.Groups)
        {
            var t = g.Indices;
            foreach (var (name, value) in new[] { ("D", t.Dissimilarity), ("Gini", t.Gini), ("H", t.Theil), ("isolation", t.Isolation), ("exposure", t.Exposure),
                         ("eta2", t.CorrelationRatio), ("atkinson_0.1", t.Atkinson01), ("atkinson_0.5", t.Atkinson05), ("atkinson_0.9", t.Atkinson09) })
            {
                table.Add(year, "group_vs_rest", name, g.Group.Id, value, null, null);
            }
        }

        foreach (var c in r.Decomposition.Components)
        {
            table.Add(year, "decomposition", "M", componentName?.Invoke(r, c) ?? c.Level, c.MutualInformation, null, null);
        }

        foreach (var s in r.Spatial?.Values ?? [])
        {
            table.Add(year, "spatial", s.Index, s.Group.Id, double.IsNaN(s.Value) ? null : s.Value, null, null);
        }

        foreach (var p in r.Spatial?.Profile ?? [])
        {
            var radius = p.Radius.ToString(CultureInfo.InvariantCulture);
            table.Add(year, "spatial", "H_within_" + radius + "m", null, p.Theil, null, null);
            table.Add(year, "spatial", "D_within_" + radius + "m", null, p.Dissimilarity, null, null);
        }

        foreach (var (scope, local) in new[] { ("local_city", r.LocalInCity), ("local_parent", r.LocalInParent) })
        {
            foreach (var unit in local)
            {
                table.Add(year, scope, "contribution_M", unit.Unit, unit.Contribution, null, null);
            }
        }
    }
}
