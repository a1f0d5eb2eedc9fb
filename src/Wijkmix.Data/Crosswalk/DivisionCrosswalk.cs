using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Wijkmix.Core.Areas;

namespace Wijkmix.Data.Crosswalk;

/// <summary>How much of an earlier area goes to a later one.</summary>
/// <param name="Weight">Share of the earlier area (its part covered by the later division) that lies in <paramref name="To"/>; the weights of one earlier area sum to 1.</param>
/// <param name="Overlap">Overlap in square metres.</param>
public sealed record CrosswalkLink(AreaCode From, AreaCode To, double Weight, double Overlap);

/// <summary>The thresholds of a crosswalk, stated in its summary.</summary>
/// <param name="SameBoundary">An earlier and a later area with the same code whose overlap is at least this share of both are joined without estimation.</param>
/// <param name="Sliver">Overlaps below this share of the earlier area are boundary noise (generalisation, survey corrections) and dropped.</param>
/// <param name="Covered">A later area is only estimated when earlier areas cover at least this share of it; otherwise part of its figures would be missing.
/// Likewise an earlier area is spread over the later areas in full (gaps between generalised boundaries absorbed) only when they cover at least this share of it.</param>
/// <param name="Outside">An earlier area of which less than this share lies in the later division at hand (a neighbouring gemeente's buurt
/// touching the stored division at its edge) lies outside it: its overlaps are boundary noise.</param>
public sealed record CrosswalkRules(double SameBoundary = 0.99, double Sliver = 0.01, double Covered = 0.95, double Outside = 0.10)
{
    public static CrosswalkRules Default { get; } = new();
}

/// <summary>A division's level and year: "buurten 2019".</summary>
public readonly record struct DivisionKey(AreaLevel Level, int Year);

/// <summary>
/// Area-weighted overlap between two divisions: every link from an earlier to a later area, which
/// pairs are the same area under the same code, how much of each later area the earlier division
/// covers, and which earlier areas the later division does not cover at all.
/// </summary>
/// <param name="Coverage">Per later area: the share of its surface covered by earlier areas (after slivers are dropped).</param>
public sealed record CrosswalkTable(DivisionKey From, DivisionKey To, CrosswalkRules Rules, IReadOnlyList<CrosswalkLink> Links,
    IReadOnlySet<AreaCode> Joined, IReadOnlyDictionary<AreaCode, double> Coverage, IReadOnlyList<AreaCode> Uncovered)
{
    /// <summary>Links by earlier area.</summary>
    public ILookup<AreaCode, CrosswalkLink> ByFrom { get; } = Links.ToLookup(l => l.From);

    /// <summary>Links by later area.</summary>
    public ILookup<AreaCode, CrosswalkLink> ByTo { get; } = Links.ToLookup(l => l.To);

    /// <summary>Earlier areas spread over more than one later area.</summary>
    public int SplitCount => ByFrom.Count(g => g.Count() > 1);

    /// <summary>Later areas made of more than one earlier area.</summary>
    public int MergedCount => ByTo.Count(g => g.Count() > 1);

    /// <summary>
    /// The same crosswalk one level up on the later side (buurten → their wijken): an earlier area's weight
    /// in a wijk is the sum of its weights in that wijk's buurten. A later wijk is joined when it is made of
    /// exactly the whole earlier areas that carried its code as parent.
    /// </summary>
    public CrosswalkTable Up(AreaLevel level, IReadOnlyDictionary<AreaCode, double> laterAreas)
    {
        ArgumentNullException.ThrowIfNull(laterAreas);
        AreaCode Parent(AreaCode code)
        {
            var c = code;
            while (c.Level > level && c.Parent is { } p)
            {
                c = p;
            }

            return c;
        }

        var links = Links.GroupBy(l => (l.From, To: Parent(l.To)))
            .Select(g => new CrosswalkLink(g.Key.From, g.Key.To, g.Sum(l => l.Weight), g.Sum(l => l.Overlap))).ToList();
        var surface = laterAreas.GroupBy(p => Parent(p.Key)).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        var coverage = links.GroupBy(l => l.To).ToDictionary(g => g.Key, g => g.Sum(l => l.Overlap) / surface[g.Key]);
        var earlierByParent = Links.Select(l => l.From).Distinct().ToLookup(Parent);
        var joined = links.GroupBy(l => l.To)
            .Where(g => g.All(l => Parent(l.From) == g.Key && l.Weight >= Rules.SameBoundary)
                        && earlierByParent[g.Key].Count() == g.Count())
            .Select(g => g.Key).ToHashSet();
        return new CrosswalkTable(From, new DivisionKey(level, To.Year), Rules, links, joined, coverage, Uncovered);
    }
}

/// <summary>The front door: <c>DivisionCrosswalk.Compute(earlier, later)</c>.</summary>
public static class DivisionCrosswalk
{
    /// <summary>
    /// Overlaps every earlier area with the later areas near it (an STR-tree over the later envelopes),
    /// in RD New square metres. Weights are the overlap divided by the earlier area's total overlap with
    /// the later division, after slivers are dropped, so an earlier area inside the later division is
    /// distributed completely. An earlier area that lies partly outside the later division at hand (it
    /// holds only some gemeenten) gives each later area its overlap's share of its own area, never the
    /// rest, unless it is of a gemeente the later division holds (then only its boundary differs: water in
    /// one version, not in the other); one that lies almost wholly outside it is left out.
    /// </summary>
    public static CrosswalkTable Compute(Division from, Division to, CrosswalkRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        rules ??= CrosswalkRules.Default;
        var index = new STRtree<int>();
        for (var i = 0; i < to.Areas.Count; i++)
        {
            index.Insert(to.Areas[i].Shape.EnvelopeInternal, i);
        }

        index.Build();
        // The gemeenten the later division holds: an earlier area of one of them belongs wholly to it, whatever
        // its boundary's precision; one of another gemeente may lie partly outside the division at hand.
        var laterMunicipalities = to.Areas.Select(b => b.Code.Municipality).ToHashSet();
        var links = new List<CrosswalkLink>();
        var joined = new HashSet<AreaCode>();
        var uncovered = new List<AreaCode>();
        var covered = new double[to.Areas.Count];
        foreach (var a in from.Areas)
        {
            var prepared = PreparedGeometryFactory.Prepare(a.Shape);
            var overlaps = new List<(int Index, DivisionArea To, double Overlap)>();
            foreach (var j in index.Query(a.Shape.EnvelopeInternal))
            {
                var b = to.Areas[j];
                if (!prepared.Intersects(b.Shape))
                {
                    continue;
                }

                var overlap = prepared.Covers(b.Shape) ? b.Area : OverlayNGRobust.Overlay(a.Shape, b.Shape, SpatialFunction.Intersection).Area;
                if (overlap >= rules.Sliver * a.Area)
                {
                    overlaps.Add((j, b, overlap));
                    covered[j] += overlap;
                }
            }

            var total = overlaps.Sum(o => o.Overlap);
            if (total <= 0 || total < rules.Outside * a.Area)
            {
                foreach (var (j, _, overlap) in overlaps)
                {
                    covered[j] -= overlap;
                }

                uncovered.Add(a.Code);
                continue;
            }

            var whole = total >= rules.Covered * a.Area || laterMunicipalities.Contains(a.Code.Municipality) ? total : a.Area;
            foreach (var (_, b, overlap) in overlaps)
            {
                links.Add(new CrosswalkLink(a.Code, b.Code, overlap / whole, overlap));
                if (b.Code == a.Code && overlap >= rules.SameBoundary * a.Area && overlap >= rules.SameBoundary * b.Area)
                {
                    joined.Add(a.Code);
                }
            }
        }

        var coverage = new Dictionary<AreaCode, double>();
        for (var j = 0; j < to.Areas.Count; j++)
        {
            coverage[to.Areas[j].Code] = covered[j] / to.Areas[j].Area;
        }

        return new CrosswalkTable(from.Key, to.Key, rules, links, joined, coverage, uncovered);
    }
}
