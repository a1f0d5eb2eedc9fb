using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Factsheet;

namespace Wijkmix.Monitor.Catalogue;

/// <summary>A registration (a KWB figure) at its latest year with a value for the area.</summary>
public sealed record Registration(CatalogueVariable Variable, TrendPoint Latest);

/// <summary>Residents' perception (a Leefbaarometer dimension) beside the registrations of the same domain (<c>pairs.csv</c>).</summary>
public sealed record PerceptionPair(CatalogueVariable Perception, TrendPoint Latest, IReadOnlyList<Registration> Registrations);

/// <summary>The Leefbaarometer scores of an area over the years, and each dimension beside the registrations of its domain.</summary>
public sealed record Liveability(IReadOnlyList<Trend> Scores, IReadOnlyList<PerceptionPair> Pairs)
{
    /// <summary>The dimensions and the KWB variables set beside them; see <c>Catalogue/pairs.csv</c> for the rule.</summary>
    public static IReadOnlyList<(string Perception, IReadOnlyList<string> Registrations)> PairRules { get; } =
    [
        .. CatalogueCsv.Read(typeof(Liveability).Assembly, "Wijkmix.Monitor.pairs.csv")
            .Select(r => (r["perception"], (IReadOnlyList<string>)r["registrations"].Split('+', StringSplitOptions.RemoveEmptyEntries))),
    ];

    /// <summary>True when the area has a Leefbaarometer score in some year.</summary>
    public bool HasScores => Scores.Any(t => t.Points.Any(p => p.Area.State != FigureState.Unavailable));

    /// <summary>The scores and pairs of <paramref name="area"/> (cached per state of the store).</summary>
    public static Liveability Of(MonitorData data, AreaCode area)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Cached($"liveability|{area.Value}", s => Build(s, area));
    }

    public static Liveability Build(IObservationSource source, AreaCode area)
    {
        ArgumentNullException.ThrowIfNull(source);
        var scores = StoreCatalogue.All.Where(v => v.Source == DefinitionSource.Leefbaarometer).ToList();
        var registrations = PairRules.SelectMany(p => p.Registrations).Distinct(StringComparer.Ordinal).ToList();
        var table = VariableView.Table(source.Get(VariableView.Around(area), [.. scores.Select(v => v.Id), .. registrations]));
        var trends = scores.Select(v => VariableView.TrendOf(table, v, area)).Where(t => t.Points.Count > 0).ToList();
        var pairs = new List<PerceptionPair>();
        foreach (var (perception, measured) in PairRules)
        {
            if (!StoreCatalogue.TryGet(perception, out var dimension) || Latest(table, dimension, area) is not { } latest)
            {
                continue;
            }

            var found = measured.Select(id => StoreCatalogue.TryGet(id, out var v) && Latest(table, v, area) is { } p ? new Registration(v, p) : null)
                .OfType<Registration>().ToList();
            if (found.Count > 0)
            {
                pairs.Add(new PerceptionPair(dimension, latest, found));
            }
        }

        return new Liveability(trends, pairs);
    }

    /// <summary>The latest year in which the area has a value (not merely a suppressed cell).</summary>
    private static TrendPoint? Latest(ObservationTable table, CatalogueVariable variable, AreaCode area) =>
        VariableView.TrendOf(table, variable, area).Points.LastOrDefault(p => p.Area.HasValue);
}
