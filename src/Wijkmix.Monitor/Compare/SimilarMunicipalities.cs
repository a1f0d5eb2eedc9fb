using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Answers;

namespace Wijkmix.Monitor.Compare;

/// <summary>The gemeenten like one gemeente, and the rule that chose them.</summary>
/// <param name="Year">The KWB year the inhabitants and urbanity are taken from (the latest with both for the gemeente).</param>
/// <param name="Urbanity">CBS's mate van stedelijkheid (1 = very strongly urban … 5 = not urban) of the gemeente and its peers.</param>
/// <param name="SizeClass">Index into <see cref="SimilarMunicipalities.SizeBounds"/>: the gemeente's inhabitants class.</param>
public sealed record SimilarMunicipalitiesResult(Area Municipality, int Year, int Urbanity, int SizeClass, double Inhabitants, IReadOnlyList<Area> Peers);

/// <summary>
/// Gemeenten of similar size and urbanity (our stated rule, in the spirit of waarstaatjegemeente's comparison groups):
/// the same CBS urbanity class and the same inhabitants class (below 20,000; 20,000–50,000; 50,000–100,000;
/// 100,000–250,000; 250,000 and more) in the same KWB year, the closest in inhabitants (on a log scale) first.
/// </summary>
public static class SimilarMunicipalities
{
    /// <summary>Lower bounds of the inhabitants classes.</summary>
    public static IReadOnlyList<int> SizeBounds { get; } = [0, 20_000, 50_000, 100_000, 250_000];

    /// <summary>Up to <paramref name="max"/> peers of <paramref name="gemeente"/>; null when it has no year with both figures.</summary>
    public static SimilarMunicipalitiesResult? Find(MonitorViews views, AreaCode gemeente, int max)
    {
        ArgumentNullException.ThrowIfNull(views);
        var data = views.Data;
        if (gemeente.Level != AreaLevel.Municipality || data.Find(gemeente) is not { } city)
        {
            return null;
        }

        var table = data.Cached("similar|figures", s => new ObservationTable(s.GetAtLevel(AreaLevel.Municipality, ["inhabitants", "urbanity"])));
        (double Inhabitants, int Urbanity)? Of(AreaCode code, int year) =>
            table.Get(code, year, "inhabitants").Value is { } n && table.Get(code, year, "urbanity").Value is { } u ? (n, (int)u) : null;

        var year = table.YearsOf(gemeente).OrderDescending().FirstOrDefault(y => Of(gemeente, y) is not null);
        if (Of(gemeente, year) is not { } own)
        {
            return null;
        }

        var size = SizeClass(own.Inhabitants);
        var peers = data.Municipalities
            .Where(m => m.Code != gemeente)
            .Select(m => (Area: m, Figures: Of(m.Code, year)))
            .Where(p => p.Figures is { } f && f.Urbanity == own.Urbanity && SizeClass(f.Inhabitants) == size)
            .OrderBy(p => Math.Abs(Math.Log(p.Figures!.Value.Inhabitants / own.Inhabitants)))
            .ThenBy(p => p.Area.Code.Value, StringComparer.Ordinal)
            .Take(max)
            .Select(p => p.Area)
            .ToList();
        return new SimilarMunicipalitiesResult(city, year, own.Urbanity, size, own.Inhabitants, peers);
    }

    private static int SizeClass(double inhabitants) => SizeBounds.Count(b => inhabitants >= b) - 1;
}
