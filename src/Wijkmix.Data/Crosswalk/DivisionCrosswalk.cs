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
public sealed record CrosswalkRules(double SameBoundary = 0.99, double Sliver = 0.01)
{
    public static CrosswalkRules Default { get; } = new();
}

/// <summary>
/// Area-weighted overlap between two divisions: every link from an earlier to a later area, which
/// pairs are the same area under the same code, and which earlier areas the later division does not
/// cover at all.
/// </summary>
public sealed record CrosswalkTable(Division From, Division To, CrosswalkRules Rules, IReadOnlyList<CrosswalkLink> Links,
    IReadOnlySet<AreaCode> Joined, IReadOnlyList<AreaCode> Uncovered)
{
    /// <summary>Links by earlier area.</summary>
    public ILookup<AreaCode, CrosswalkLink> ByFrom { get; } = Links.ToLookup(l => l.From);

    /// <summary>Links by later area.</summary>
    public ILookup<AreaCode, CrosswalkLink> ByTo { get; } = Links.ToLookup(l => l.To);

    /// <summary>Earlier areas spread over more than one later area.</summary>
    public int SplitCount => ByFrom.Count(g => g.Count() > 1);

    /// <summary>Later areas made of more than one earlier area.</summary>
    public int MergedCount => ByTo.Count(g => g.Count() > 1);
}

/// <summary>The front door: <c>DivisionCrosswalk.Compute(earlier, later)</c>.</summary>
public static class DivisionCrosswalk
{
    /// <summary>
    /// Overlaps every earlier area with the later areas near it (an STR-tree over the later envelopes),
    /// in RD New square metres. Weights are the overlap divided by the earlier area's total overlap with
    /// the later division, after slivers are dropped, so each earlier area is distributed completely.
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
        var links = new List<CrosswalkLink>();
        var joined = new HashSet<AreaCode>();
        var uncovered = new List<AreaCode>();
        foreach (var a in from.Areas)
        {
            var prepared = PreparedGeometryFactory.Prepare(a.Shape);
            var overlaps = new List<(DivisionArea To, double Overlap)>();
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
                    overlaps.Add((b, overlap));
                }
            }

            var total = overlaps.Sum(o => o.Overlap);
            if (total <= 0)
            {
                uncovered.Add(a.Code);
                continue;
            }

            foreach (var (b, overlap) in overlaps)
            {
                links.Add(new CrosswalkLink(a.Code, b.Code, overlap / total, overlap));
                if (b.Code == a.Code && overlap >= rules.SameBoundary * a.Area && overlap >= rules.SameBoundary * b.Area)
                {
                    joined.Add(a.Code);
                }
            }
        }

        return new CrosswalkTable(from, to, rules, links, joined, uncovered);
    }
}
