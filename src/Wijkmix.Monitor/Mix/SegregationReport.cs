using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Segregation;
using Seg = Wijkmix.Segregation.Segregation;
using Segregation = Wijkmix.Segregation;

namespace Wijkmix.Monitor.Mix;

/// <summary>What to measure: a grouping of the inhabitants of a gemeente's units in a year, split by a coarser level.</summary>
/// <param name="Replicates">Bootstrap and chance replicates; 0 for point estimates only.</param>
public sealed record SegregationRequest(
    AreaCode Municipality,
    Grouping Grouping,
    AreaLevel Level,
    AreaLevel ParentLevel,
    int Year,
    int Replicates = 0,
    int Seed = 1)
{
    /// <summary>Units smaller than this are named in the inference result (their shares are noisy).</summary>
    public const double MinimumUnitSize = 50;

    /// <summary>The parent level used when none is chosen: wijken for buurten, the gemeente otherwise.</summary>
    public static AreaLevel DefaultParent(AreaLevel level) =>
        level == AreaLevel.Neighbourhood ? AreaLevel.District : AreaLevel.Municipality;
}

/// <summary>One group against the rest of the population.</summary>
public sealed record GroupAgainstRest(GroupDefinition Group, double Share, TwoGroupIndices Indices);

/// <summary>A spatial index per group; <see cref="Value"/> is NaN where it is undefined.</summary>
public sealed record SpatialValue(string Index, GroupDefinition Group, double Value);

/// <summary>The spatial part of a report: only present when every unit has a boundary.</summary>
public sealed record SpatialFigures(int AdjacentPairs, IReadOnlyList<SpatialValue> Values, IReadOnlyList<ProfilePoint> Profile);

/// <summary>Everything the command line and the web page show for one year.</summary>
public sealed record SegregationReport(
    SegregationRequest Request,
    GroupTable Input,
    MultigroupIndices Indices,
    InferenceResult? Inference,
    IReadOnlyList<GroupAgainstRest> Groups,
    ScaleDecomposition Decomposition,
    SpatialFigures? Spatial,
    IReadOnlyList<LocalMeasure> LocalInCity,
    IReadOnlyList<LocalMeasure> LocalInParent)
{
    /// <summary>Radii of the multiscalar profile, in metres.</summary>
    public static IReadOnlyList<double> ProfileRadii { get; } = [500, 1000, 2000, 4000];

    /// <summary>
    /// Builds the report from the store. Throws <see cref="SegregationInputException"/> when no unit has
    /// usable counts or the parent level is not coarser than the unit level.
    /// </summary>
    public static SegregationReport Build(IObservationSource store, SegregationRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        if (request.ParentLevel >= request.Level)
        {
            throw new SegregationInputException($"the parent level {request.ParentLevel} is not coarser than {request.Level}");
        }

        var input = GroupTables.Build(store, request.Municipality, request.Level, request.Year, request.Grouping);
        var table = input.Table;
        var suite = Seg.Suite(table);
        var inference = request.Replicates > 0
            ? Segregation.Inference.Run(table, request.Replicates, request.Seed, minimumUnitSize: SegregationRequest.MinimumUnitSize)
            : null;
        var groups = request.Grouping.Groups.Zip(suite.GroupsAgainstRest)
            .Select(p => new GroupAgainstRest(p.First, table.GroupTotal(table.IndexOfGroup(p.First.Id)) / table.Total, p.Second))
            .ToList();
        var parents = input.AncestorsAt(request.ParentLevel);
        var decomposition = Seg.Decompose(table, [(LevelKey(request.ParentLevel), parents)], LevelKey(request.Level));
        return new SegregationReport(request, input, suite.Multigroup, inference, groups, decomposition,
            SpatialOf(store, input), Seg.Local(table), Seg.Local(table, parents));
    }

    /// <summary>The name a level has inside a decomposition (the component's <c>Level</c>).</summary>
    public static string LevelKey(AreaLevel level) => level.ToString();

    /// <summary>The change of M between two reports, split into its causes.</summary>
    public static ChangeComponents ChangeBetween(SegregationReport before, SegregationReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Change.Decompose(before.Input.Table, after.Input.Table);
    }

    /// <summary>Years in which the gemeente's units at <paramref name="level"/> have the grouping's first count.</summary>
    public static IReadOnlyList<int> YearsWith(IObservationSource store, AreaCode municipality, AreaLevel level, Grouping grouping)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(grouping);
        var areas = store.AreasWithin(municipality, level).Select(a => a.Code).ToArray();
        var first = grouping.Groups[0].Variable!;
        return store.Get(areas, [first]).Where(o => o.Value is not null).Select(o => o.Year).Distinct().Order().ToList();
    }

    private static SpatialFigures? SpatialOf(IObservationSource store, GroupTable input)
    {
        if (Geography.Of(store, input.Units, input.Year) is not { } geography)
        {
            return null;
        }

        var values = new List<SpatialValue>();
        foreach (var group in input.Grouping.Groups)
        {
            values.Add(new SpatialValue("D_adjacency", group, Segregation.Spatial.AdjacencyDissimilarity(input.Table, group.Id, geography.Adjacent)));
        }

        var land = store.Get(input.Units, ["area_land_ha"]).Where(o => o.Year == input.Year && o.Value > 0)
            .GroupBy(o => o.Area).ToDictionary(g => g.Key, g => g.First().Value!.Value);
        var municipality = input.Units[0].Municipality;
        if (municipality is { } gm && Geography.Centre(store, gm, input.Year) is { } centre && input.Units.All(land.ContainsKey))
        {
            var areas = input.Units.Select(u => land[u]).ToArray();
            foreach (var group in input.Grouping.Groups)
            {
                values.Add(new SpatialValue("ACE", group, Segregation.Spatial.AbsoluteCentralization(input.Table, group.Id, geography.Centroids, areas, centre)));
                values.Add(new SpatialValue("RCE", group, Segregation.Spatial.RelativeCentralization(input.Table, group.Id, geography.Centroids, centre)));
                values.Add(new SpatialValue("RCO", group, RelativeConcentrationOrNaN(input.Table, group.Id, areas)));
            }
        }

        return new SpatialFigures(geography.Adjacent.Count, values, Segregation.Spatial.MultiscalarProfile(input.Table, geography.Centroids, ProfileRadii));
    }

    /// <summary>RCO is undefined when all units have the same land area.</summary>
    private static double RelativeConcentrationOrNaN(CountTable table, string group, double[] areas)
    {
        try
        {
            return Segregation.Spatial.RelativeConcentration(table, group, areas);
        }
        catch (SegregationInputException)
        {
            return double.NaN;
        }
    }
}
