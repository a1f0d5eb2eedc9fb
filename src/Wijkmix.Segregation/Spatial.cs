using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation;

/// <summary>A point in metres on a flat projection (RD New for the Netherlands).</summary>
public readonly record struct Point(double X, double Y);

/// <summary>Segregation of local environments within a radius: one point of a multiscalar profile.</summary>
/// <param name="Radius">Kernel radius in metres (biweight kernel: weight (1 − (d/r)²)² within r).</param>
/// <param name="Theil">Spatial information theory index H̃ (Reardon and O'Sullivan 2004).</param>
/// <param name="Dissimilarity">Spatial dissimilarity D̃ of the local environments.</param>
public sealed record ProfilePoint(double Radius, double Theil, double Dissimilarity);

/// <summary>Spatial indices: units with locations (centroids) or adjacency (shared boundaries).</summary>
public static class Spatial
{
    /// <summary>
    /// Morrill's (1991) adjacency-adjusted dissimilarity of <paramref name="group"/> against the rest:
    /// D(adj) = D − Σ_(i,j) |z_i − z_j| / (number of adjacent pairs), z_i the group's share in unit i.
    /// Differences across shared boundaries count as less segregating than distant ones.
    /// </summary>
    public static double AdjacencyDissimilarity(CountTable table, string group, IReadOnlyList<(int A, int B)> adjacent)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(adjacent);
        var g = table.IndexOfGroup(group);
        var d = Segregation.TwoGroup(table, group).Dissimilarity;
        if (adjacent.Count == 0)
        {
            return d;
        }

        // A boundary is one pair however often or in whichever order it is listed.
        var pairs = new HashSet<(int, int)>();
        foreach (var (a, b) in adjacent)
        {
            if ((uint)a >= (uint)table.UnitCount || (uint)b >= (uint)table.UnitCount || a == b)
            {
                throw new SegregationInputException($"adjacency ({a}, {b}) does not name two different units of the {table.UnitCount}");
            }

            pairs.Add((Math.Min(a, b), Math.Max(a, b)));
        }

        var sum = pairs.Sum(p => Math.Abs((table[p.Item1, g] / table.UnitTotals[p.Item1]) - (table[p.Item2, g] / table.UnitTotals[p.Item2])));
        return d - (sum / pairs.Count);
    }

    /// <summary>
    /// Absolute centralisation ACE of <paramref name="group"/> (Massey and Denton 1988): with units
    /// ordered by distance from <paramref name="centre"/>, Σ X_(i−1) A_i − Σ X_i A_(i−1), X the
    /// cumulative share of the group and A of the land area. Positive: the group lives nearer the centre
    /// than the land would suggest; 1 = all of it in the central unit.
    /// </summary>
    public static double AbsoluteCentralization(CountTable table, string group, IReadOnlyList<Point> locations, IReadOnlyList<double> landAreas, Point centre)
    {
        var (g, order) = ByDistance(table, group, locations, landAreas, centre);
        var areaTotal = order.Sum(u => landAreas[u]);
        return Centralization(order.Select(u => table[u, g] / table.GroupTotals[g]), order.Select(u => landAreas[u] / areaTotal));
    }

    /// <summary>
    /// Relative centralisation RCE of <paramref name="group"/> against the rest (Massey and Denton
    /// 1988): Σ X_(i−1) Y_i − Σ X_i Y_(i−1) over units ordered by distance from the centre; positive when
    /// the group lives nearer the centre than the rest.
    /// </summary>
    public static double RelativeCentralization(CountTable table, string group, IReadOnlyList<Point> locations, Point centre)
    {
        var (g, order) = ByDistance(table, group, locations, Enumerable.Repeat(1.0, table.UnitCount).ToArray(), centre);
        var rest = table.Total - table.GroupTotals[g];
        return Centralization(order.Select(u => table[u, g] / table.GroupTotals[g]), order.Select(u => (table.UnitTotals[u] - table[u, g]) / rest));
    }

    /// <summary>
    /// Relative concentration RCO of <paramref name="group"/> against the rest (Massey and Denton 1988):
    /// how much less space the group occupies than the rest, relative to the most and least
    /// concentrated arrangements possible (−1 to 1; positive: the group lives in smaller units).
    /// </summary>
    public static double RelativeConcentration(CountTable table, string group, IReadOnlyList<double> landAreas)
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckAreas(table, landAreas);
        var g = table.IndexOfGroup(group);
        double x = table.GroupTotals[g], y = table.Total - x, xa = 0, ya = 0;
        for (var u = 0; u < table.UnitCount; u++)
        {
            xa += table[u, g] * landAreas[u] / x;
            ya += (table.UnitTotals[u] - table[u, g]) * landAreas[u] / y;
        }

        var bySize = Enumerable.Range(0, table.UnitCount).OrderBy(u => landAreas[u]).ToArray();
        double Packed(IEnumerable<int> units, double people)
        {
            double population = 0, weighted = 0;
            foreach (var u in units)
            {
                population += table.UnitTotals[u];
                weighted += table.UnitTotals[u] * landAreas[u];
                if (population >= people)
                {
                    break;
                }
            }

            return weighted / population;
        }

        var smallest = Packed(bySize, x);
        var largest = Packed(bySize.Reverse(), y);
        var range = (smallest / largest) - 1;
        if (Math.Abs(range) < 1e-12)
        {
            throw new SegregationInputException("relative concentration needs units of different land area: the most and least concentrated arrangements coincide here");
        }

        return ((xa / ya) - 1) / range;
    }

    private static (int Group, int[] Order) ByDistance(CountTable table, string group, IReadOnlyList<Point> locations, IReadOnlyList<double> landAreas, Point centre)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(locations);
        if (locations.Count != table.UnitCount)
        {
            throw new SegregationInputException($"{locations.Count} locations for {table.UnitCount} units");
        }

        CheckAreas(table, landAreas);
        CheckLocations(table, locations);
        if (!double.IsFinite(centre.X) || !double.IsFinite(centre.Y))
        {
            throw new SegregationInputException("the centre has no finite location");
        }

        var g = table.IndexOfGroup(group);
        var order = Enumerable.Range(0, table.UnitCount)
            .OrderBy(u => Math.Pow(locations[u].X - centre.X, 2) + Math.Pow(locations[u].Y - centre.Y, 2))
            .ToArray();
        return (g, order);
    }

    private static double Centralization(IEnumerable<double> groupShares, IEnumerable<double> otherShares)
    {
        double previousX = 0, previousY = 0, sum = 0;
        foreach (var (x, y) in groupShares.Zip(otherShares))
        {
            double cumulativeX = previousX + x, cumulativeY = previousY + y;
            sum += (previousX * cumulativeY) - (cumulativeX * previousY);
            (previousX, previousY) = (cumulativeX, cumulativeY);
        }

        return sum;
    }

    private static void CheckLocations(CountTable table, IReadOnlyList<Point> locations)
    {
        for (var u = 0; u < locations.Count; u++)
        {
            if (!double.IsFinite(locations[u].X) || !double.IsFinite(locations[u].Y))
            {
                throw new SegregationInputException($"unit {table.Units[u]} has no finite location", table.Units[u]);
            }
        }
    }

    private static void CheckAreas(CountTable table, IReadOnlyList<double> landAreas)
    {
        ArgumentNullException.ThrowIfNull(landAreas);
        if (landAreas.Count != table.UnitCount)
        {
            throw new SegregationInputException($"{landAreas.Count} land areas for {table.UnitCount} units");
        }

        for (var u = 0; u < landAreas.Count; u++)
        {
            if (!double.IsFinite(landAreas[u]) || landAreas[u] <= 0)
            {
                throw new SegregationInputException($"unit {table.Units[u]}: land area {landAreas[u]} is not a positive number", table.Units[u]);
            }
        }
    }

    /// <summary>
    /// A multiscalar profile: for each radius, every unit's local environment (the group counts of all
    /// units within the radius, weighted by a biweight kernel of distance) and the segregation of
    /// those environments, H̃ and D̃ (Reardon et al. 2008). Neighbours are found through a grid, so
    /// no unit × unit matrix is built.
    /// </summary>
    public static IReadOnlyList<ProfilePoint> MultiscalarProfile(CountTable table, IReadOnlyList<Point> locations, IReadOnlyList<double> radii)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(radii);
        if (locations.Count != table.UnitCount)
        {
            throw new SegregationInputException($"{locations.Count} locations for {table.UnitCount} units");
        }

        CheckLocations(table, locations);
        return radii.Select(r => r is > 0 && double.IsFinite(r)
                ? Profile(table, locations, r)
                : throw new SegregationInputException($"a radius must be a positive number of metres; got {r}"))
            .ToList();
    }

    private static ProfilePoint Profile(CountTable table, IReadOnlyList<Point> locations, double radius)
    {
        var k = table.GroupCount;
        var environments = new double[table.UnitCount * k];
        var grid = new Grid(locations, radius);
        for (var i = 0; i < table.UnitCount; i++)
        {
            foreach (var j in grid.Near(locations[i]))
            {
                var dx = locations[i].X - locations[j].X;
                var dy = locations[i].Y - locations[j].Y;
                var q = ((dx * dx) + (dy * dy)) / (radius * radius);
                if (q >= 1)
                {
                    continue;
                }

                var w = (1 - q) * (1 - q);
                for (var g = 0; g < k; g++)
                {
                    environments[(i * k) + g] += w * table[j, g];
                }
            }
        }

        var entropy = Kernels.Entropy(table.GroupTotals, table.Total);
        var interaction = Kernels.Interaction(table.GroupTotals, table.Total);
        double theil = 0, dissimilarity = 0;
        for (var i = 0; i < table.UnitCount; i++)
        {
            var row = environments.AsSpan(i * k, k);
            var local = 0.0;
            foreach (var c in row)
            {
                local += c;
            }

            var localEntropy = 0.0;
            for (var g = 0; g < k; g++)
            {
                var share = row[g] / local;
                if (share > 0)
                {
                    localEntropy -= share * Math.Log(share);
                }

                dissimilarity += table.UnitTotals[i] * Math.Abs(share - (table.GroupTotals[g] / table.Total));
            }

            theil += table.UnitTotals[i] * (entropy - localEntropy);
        }

        return new ProfilePoint(radius, theil / (table.Total * entropy), dissimilarity / (2 * table.Total * interaction));
    }

    /// <summary>Points bucketed in square cells of the radius, so a radius search looks at 3 × 3 cells.</summary>
    private sealed class Grid
    {
        private readonly Dictionary<(long, long), List<int>> _cells = [];
        private readonly double _size;

        public Grid(IReadOnlyList<Point> points, double size)
        {
            _size = size;
            for (var i = 0; i < points.Count; i++)
            {
                var key = Key(points[i]);
                if (!_cells.TryGetValue(key, out var list))
                {
                    _cells[key] = list = [];
                }

                list.Add(i);
            }
        }

        public IEnumerable<int> Near(Point p)
        {
            var (cx, cy) = Key(p);
            for (var dx = -1; dx <= 1; dx++)
            {
                for (var dy = -1; dy <= 1; dy++)
                {
                    if (_cells.TryGetValue((cx + dx, cy + dy), out var list))
                    {
                        foreach (var i in list)
                        {
                            yield return i;
                        }
                    }
                }
            }
        }

        private (long, long) Key(Point p) => ((long)Math.Floor(p.X / _size), (long)Math.Floor(p.Y / _size));
    }
}
