using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Complexes;
using Wijkmix.Simulation.Input;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Complexes;

/// <summary>
/// A corporation's own complex files, read and checked exactly as a workspace upload (templates
/// <c>complexen-woningen</c> and <c>complexen-huishoudens</c>) against the buurten of the gemeente and CBS's counts
/// there, as the simulator's starting complexes (<c>wijkmix simulate … --complexen woningen.csv --huishoudens huishoudens.csv</c>).
/// </summary>
public static class ComplexStart
{
    /// <summary>The complexes, or the problems (Dutch, with file, line and column).</summary>
    public static (IReadOnlyList<ComplexFigures>? Complexes, IReadOnlyList<string> Problems) Read(
        IObservationSource store, CbsBuurtCounts? cbs, AreaCode municipality, FileInfo dwellings, FileInfo? households, string organisation)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(dwellings);
        var buurten = store.AreasWithin(municipality, AreaLevel.Neighbourhood).Select(a => a.Code.Value).ToHashSet(StringComparer.Ordinal);
        var context = new PartnerReadContext(buurten) { BuurtCeilings = cbs?.Ceilings ?? new Dictionary<string, IReadOnlyDictionary<string, double>>() };
        var homes = ReadFile(dwellings, PartnerTemplates.ComplexenWoningen, context);
        var people = households is null ? null : ReadFile(households, PartnerTemplates.ComplexenHuishoudens, context);
        var problems = homes.Problems.Concat(people?.Problems ?? []).Select(p => p.ToString()).ToList();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var byCode = (people?.Rows ?? []).ToDictionary(r => ComplexPlace.Code(r.Texts), r => r.Counts, StringComparer.Ordinal);
        var names = PartnerTables.Complexes(PartnerTemplates.ComplexenWoningen, homes.Rows).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        return ([.. homes.Rows.Select(row =>
        {
            var code = ComplexPlace.Code(row.Texts);
            var income = byCode.GetValueOrDefault(code);
            int? Income(string column) => income is null ? null : (int)income[column];
            return new ComplexFigures(code, names[code], row.Texts[PartnerTemplate.BuurtCodeColumn],
                (int)row.Counts["sociale_huur"], (int)row.Counts["middenhuur"], (int)row.Counts["vrije_sector_huur"], (int)row.Counts["koop"],
                Income("inkomen_laag"), Income("inkomen_midden"), Income("inkomen_hoog"), organisation);
        })], []);
    }

    private static PartnerDataReadResult ReadFile(FileInfo file, PartnerTemplate template, PartnerReadContext context)
    {
        using var stream = file.OpenRead();
        return PartnerDataReader.Read(stream, file.Name, template, context, 16 * 1024 * 1024);
    }
}
