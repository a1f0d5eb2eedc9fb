using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Maps;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Segregation;
using Wijkmix.Simulation.Input;

namespace Wijkmix.Monitor.Answers;

/// <summary>A segregation view: the report of a year, and optionally an earlier year with the change split into causes.</summary>
public sealed record SegregationView(SegregationReport Report, SegregationReport? Earlier, ChangeComponents? Change, IReadOnlyDictionary<string, string> Names)
{
    public string NameOf(string unit) => Names.TryGetValue(unit, out var name) ? name : unit;
}

/// <summary>The questions the pages and the API answer, each computed once per state of the store.</summary>
public sealed class MonitorViews(MonitorData data)
{
    /// <summary>Replicate counts offered for confidence intervals (bounded so a request cannot tie up the server).</summary>
    public static IReadOnlyList<int> ReplicateChoices { get; } = [0, 200, 1000];

    public MonitorData Data => data;

    /// <summary>The areas a map of <paramref name="level"/> shows: all gemeenten, or the wijken or buurten of one.</summary>
    public IReadOnlyList<Area> MapAreas(AreaCode? municipality, AreaLevel level) =>
        level == AreaLevel.Municipality || municipality is null
            ? data.Municipalities
            : data.Within(municipality.Value, level);

    public MapView? Map(AreaCode? municipality, AreaLevel level, Indicator indicator, int? year)
    {
        var key = $"map|{municipality?.Value}|{level}|{indicator.Id}|{year}";
        var areas = MapAreas(municipality, level);
        var city = municipality is { } gm ? data.Find(gm) : null;
        var withBoundary = data.WithBoundary;
        return data.Cached(key, s => new Box<MapView?>(MapView.Build(s, areas, withBoundary, level == AreaLevel.Municipality ? null : city, level, indicator, year))).Value;
    }

    /// <summary>The map's boundaries with the values as GeoJSON (texts in the request's language).</summary>
    public byte[] MapFeatures(MapView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var key = $"mapgeo|{view.Municipality?.Code.Value}|{view.Level}|{view.Indicator.Id}|{view.Year}|{CultureInfo.CurrentUICulture.Name}";
        var values = view.Areas.Where(a => a.HasBoundary)
            .Select(a => new FeatureValue(a.Area.Code, a.Area.DisplayName, a.Value.Value, Wording.Figure(a.Value, view.Indicator.Unit), a.Class))
            .ToList();
        return data.Cached(key, s => GeoFeatures.Write(s, values, view.Year));
    }

    public ProfileView? Profile(AreaCode code, int? year) =>
        data.Cached($"profile|{code.Value}|{year}", s => new Box<ProfileView?>(ProfileView.Build(s, code, year))).Value;

    public CompassResult? Compass(AreaCode municipality, AreaLevel level, IReadOnlyList<Indicator> indicators) =>
        data.Cached($"compass|{municipality.Value}|{level}|{string.Join(',', indicators.Select(i => i.Id))}",
            s => new Box<CompassResult?>(Wijkkompas.Compare(s, municipality, level, indicators))).Value;

    /// <summary>The figures a simulation of <paramref name="municipality"/> starts from (null when it has no buurt or wijk households).</summary>
    public MunicipalityFigures? SimulationFigures(AreaCode municipality) =>
        data.Cached($"simfigures|{municipality.Value}", s => new Box<MunicipalityFigures?>(SimulationInput.SimulationFigures.Read(s, municipality))).Value;

    /// <summary>CBS's households by type, dwellings and households per buurt of <paramref name="municipality"/> (null without buurt figures).</summary>
    public Complexes.CbsBuurtCounts? BuurtCounts(AreaCode municipality) =>
        data.Cached($"buurtcounts|{municipality.Value}", s => new Box<Complexes.CbsBuurtCounts?>(Complexes.CbsBuurtCounts.Read(s, municipality))).Value;

    public IReadOnlyList<int> SegregationYears(AreaCode municipality, AreaLevel level, Grouping grouping) =>
        data.Cached($"segyears|{municipality.Value}|{level}|{grouping.Id}", s => SegregationReport.YearsWith(s, municipality, level, grouping));

    /// <summary>The report; <see cref="SegregationInputException"/> when the counts do not allow it.</summary>
    public SegregationView Segregation(SegregationRequest request, int? compareYear)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = $"seg|{request.Municipality.Value}|{request.Grouping.Id}|{request.Level}|{request.ParentLevel}|{request.Year}|{request.Replicates}|{request.Seed}|{compareYear}";
        return data.Cached(key, s =>
        {
            var report = SegregationReport.Build(s, request);
            var earlier = compareYear is { } y && y != request.Year ? SegregationReport.Build(s, request with { Year = y }) : null;
            var change = earlier is null ? null : SegregationReport.ChangeBetween(earlier, report);
            var names = s.AreasWithin(request.Municipality, request.Level).Where(a => a.Name is not null)
                .ToDictionary(a => a.Code.Value, a => a.Name!, StringComparer.Ordinal);
            return new SegregationView(report, earlier, change, names);
        });
    }

    /// <summary>Each unit's contribution to M as GeoJSON, classed in quantiles.</summary>
    public byte[] ContributionFeatures(SegregationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Report;
        var key = $"seggeo|{r.Request}|{CultureInfo.CurrentUICulture.Name}";
        var legend = MapView.Breaks(r.LocalInCity.Select(l => l.Contribution).ToList());
        var values = r.LocalInCity.Select(l => new FeatureValue(AreaCode.Parse(l.Unit), view.NameOf(l.Unit), l.Contribution,
            l.Contribution.ToString("0.00000", CultureInfo.CurrentCulture), legend.FirstOrDefault(c => l.Contribution <= c.To)?.Index ?? legend.Count - 1)).ToList();
        return data.Cached(key, s => GeoFeatures.Write(s, values, r.Request.Year));
    }

    /// <summary>Lets a cached answer be "nothing" (the cache holds only reference types).</summary>
    private sealed record Box<T>(T Value);
}
