using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Monitor;
using Wijkmix.Data.Analysis;
using Wijkmix.Data.Export;
using Wijkmix.Segregation;
using Seg = Wijkmix.Segregation.Segregation;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix segregation --by education --level buurt --within wijk --year 2019 Amsterdam</c>.</summary>
internal static class SegregationCommand
{
    private const int TopUnits = 10;
    private const double MinimumUnitSize = 50;

    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var area = new Argument<string>("municipality") { Description = Strings.MunicipalityArgument };
        var by = new Option<string>("--by") { Description = Strings.SegByOption, DefaultValueFactory = _ => "education" };
        var level = AreasCommand.LevelOption();
        var within = new Option<string?>("--within") { Description = Strings.SegWithinOption };
        within.AcceptOnlyFromAmong("wijk", "gemeente");
        var year = new Option<int?>("--year") { Description = Strings.SegYearOption };
        var compareYear = new Option<int?>("--compare-year") { Description = Strings.SegCompareYearOption };
        var bootstrap = new Option<int>("--bootstrap") { Description = Strings.SegBootstrapOption, DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = Strings.SegSeedOption, DefaultValueFactory = _ => 1 };
        var output = CliSession.OutputOption();
        var command = new Command("segregation", Strings.SegDescription) { area, by, level, within, year, compareYear, bootstrap, seed, output };
        command.SetAction(parse =>
        {
            var s = session(parse);
            if (Grouping.Find(parse.GetValue(by)!) is not { } grouping)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegUnknownGrouping, parse.GetValue(by), string.Join(", ", Grouping.All.Select(g => g.Id))));
                return WijkmixApp.UsageError;
            }

            if (s.ResolveArea(parse.GetValue(area)!, AreaLevel.Municipality) is not { } city)
            {
                return 1;
            }

            var unitLevel = AreasCommand.ParseLevel(parse.GetValue(level)) ?? AreaLevel.Neighbourhood;
            var parentLevel = parse.GetValue(within) switch
            {
                "gemeente" => AreaLevel.Municipality,
                "wijk" => AreaLevel.District,
                _ => unitLevel == AreaLevel.Neighbourhood ? AreaLevel.District : AreaLevel.Municipality,
            };
            if (parentLevel >= unitLevel)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegWithinNotCoarser, Formatting.LevelPlural(unitLevel), Formatting.Level(parentLevel)));
                return WijkmixApp.UsageError;
            }
            var years = YearsWithGroups(s, city.Code, unitLevel, grouping);
            var first = parse.GetValue(year) ?? (years.Count > 0 ? years[^1] : 0);
            if (!years.Contains(first))
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegNoYear, grouping.Name, Formatting.Level(unitLevel), city.DisplayName)
                    + " " + string.Format(CultureInfo.CurrentCulture, Strings.AvailableYears, Formatting.Years(years)));
                return 1;
            }

            try
            {
                var export = new TidyTable(["year", "scope", "index", "group", "value", "lower", "upper"]);
                var names = s.Store.AreasWithin(city.Code, unitLevel).Where(a => a.Name is not null).ToDictionary(a => a.Code.Value, a => a.Name!);
                var firstTable = GroupTables.Build(s.Store, city.Code, unitLevel, first, grouping);
                var result = Report(s.Console, city, firstTable, parentLevel, parse.GetValue(bootstrap), parse.GetValue(seed), export, names, s.Store);
                if (parse.GetValue(compareYear) is { } second)
                {
                    var secondTable = GroupTables.Build(s.Store, city.Code, unitLevel, second, grouping);
                    var other = Report(s.Console, city, secondTable, parentLevel, parse.GetValue(bootstrap), parse.GetValue(seed), export, names, s.Store);
                    Change(s.Console, first, result, second, other);
                    ChangeParts(s.Console, first, firstTable.Table, second, secondTable.Table, export);
                }

                return s.WriteOutput(export, parse.GetValue(output)) ? 0 : 1;
            }
            catch (SegregationInputException e)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegError, e.Message));
                return 1;
            }
        });
        return command;
    }

    private static List<int> YearsWithGroups(CliSession s, AreaCode city, AreaLevel level, Grouping grouping)
    {
        var areas = s.Store.AreasWithin(city, level).Select(a => a.Code).ToArray();
        var first = grouping.Groups[0].Variable!;
        return s.Store.Get(areas, [first]).Where(o => o.Value is not null).Select(o => o.Year).Distinct().Order().ToList();
    }

    private static readonly double[] ProfileRadii = [500, 1000, 2000, 4000];

    private static MultigroupIndices Report(IAnsiConsole console, Area city, GroupTable input, AreaLevel parentLevel, int replicates, int seed, TidyTable export,
        IReadOnlyDictionary<string, string> names, Data.Store.WijkmixStore store)
    {
        var table = input.Table;
        var unitName = Formatting.LevelPlural(input.Level);
        console.MarkupLine("[bold]" + Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SegTitle,
            input.Grouping.Name, city.DisplayName, input.Year, table.UnitCount, unitName)) + "[/]");
        if (input.Excluded.Count > 0)
        {
            var empty = input.Excluded.Count(e => e.Reason == GroupTables.ReasonEmpty);
            console.Warn(string.Format(CultureInfo.CurrentCulture, Strings.SegExcluded, input.Excluded.Count, unitName, input.Excluded.Count - empty,
                input.ExcludedInhabitants.ToString("N0", CultureInfo.CurrentCulture), empty));
        }

        var suite = Seg.Suite(table);
        var indices = suite.Multigroup;
        var inference = replicates > 0 ? Inference.Run(table, replicates, seed, minimumUnitSize: MinimumUnitSize) : null;
        var overall = new Table().Title(Strings.SegMultigroup).AddColumns(Strings.SegIndex, Strings.SegValue);
        if (inference is not null)
        {
            overall.AddColumn(string.Format(CultureInfo.CurrentCulture, Strings.SegInterval, inference.Confidence))
                .AddColumn(Strings.SegCorrected).AddColumn(Strings.SegChance);
        }

        void Row(string name, double value, Estimate? estimate = null, ChanceComparison? chance = null)
        {
            var cells = new List<string> { name, Number(value) };
            if (inference is not null)
            {
                cells.Add(estimate is null ? string.Empty : $"{Number(estimate.Lower)} – {Number(estimate.Upper)}");
                cells.Add(estimate is null ? string.Empty : Number(estimate.BiasCorrected));
                cells.Add(chance is null ? string.Empty : $"{Number(chance.Expected)} (p = {chance.PValue.ToString("0.000", CultureInfo.CurrentCulture)})");
            }

            overall.AddRow(cells.Select(Markup.Escape).ToArray());
            export.Add(input.Year, "all", name, null, value, estimate?.Lower, estimate?.Upper);
        }

        Row("D", indices.Dissimilarity, inference?.Dissimilarity, inference?.DissimilarityByChance);
        Row("Gini", indices.Gini);
        Row("H", indices.Theil, inference?.Theil);
        Row("M", indices.MutualInformation, inference?.MutualInformation, inference?.MutualInformationByChance);
        Row("P (norm. exposure)", indices.NormalizedExposure);
        Row("R (rel. diversity)", indices.RelativeDiversity);
        console.Write(overall);

        var pairs = new Table().Title(Strings.SegTwoGroup)
            .AddColumns(Strings.SegGroup, Strings.SegShare, "D", "Gini", "H", "xPx", "xPy", "eta²", "A(0,1)", "A(0,5)", "A(0,9)");
        foreach (var (group, t) in input.Grouping.Groups.Zip(suite.GroupsAgainstRest))
        {
            var share = table.GroupTotal(table.IndexOfGroup(group.Id)) / table.Total;
            pairs.AddRow(new[] { group.Name, share.ToString("P1", CultureInfo.CurrentCulture), Number(t.Dissimilarity), Number(t.Gini), Number(t.Theil),
                Number(t.Isolation), Number(t.Exposure), Number(t.CorrelationRatio), Number(t.Atkinson01), Number(t.Atkinson05), Number(t.Atkinson09) }.Select(Markup.Escape).ToArray());
            foreach (var (name, value) in new[] { ("D", t.Dissimilarity), ("Gini", t.Gini), ("H", t.Theil), ("isolation", t.Isolation), ("exposure", t.Exposure),
                         ("eta2", t.CorrelationRatio), ("atkinson_0.1", t.Atkinson01), ("atkinson_0.5", t.Atkinson05), ("atkinson_0.9", t.Atkinson09) })
            {
                export.Add(input.Year, "group_vs_rest", name, group.Id, value, null, null);
            }
        }

        console.Write(pairs);

        var parentName = Formatting.LevelPlural(parentLevel);
        var decomposition = Seg.Decompose(table, [(parentName, input.AncestorsAt(parentLevel))], unitName);
        var scale = new Table().Title(Strings.SegDecomposition).AddColumns(Strings.SegLevel, "M", "H", Strings.SegShare);
        foreach (var c in decomposition.Components)
        {
            var label = c.Level == parentName
                ? string.Format(CultureInfo.CurrentCulture, Strings.SegBetween, parentName)
                : string.Format(CultureInfo.CurrentCulture, Strings.SegWithin, unitName, parentName);
            scale.AddRow(Markup.Escape(label), Number(c.MutualInformation), Number(c.Theil), c.Share.ToString("P1", CultureInfo.CurrentCulture));
            export.Add(input.Year, "decomposition", "M", label, c.MutualInformation, null, null);
        }

        console.Write(scale);
        SpatialReport(console, city, input, store, export);
        TopTable(console, Strings.SegTopUnits, Seg.Local(table), input, export, "local_city", names);
        TopTable(console, string.Format(CultureInfo.CurrentCulture, Strings.SegTopWithin, Formatting.Level(parentLevel)), Seg.Local(table, input.AncestorsAt(parentLevel)), input, export, "local_parent", names);
        if (inference is { SmallUnits.Count: > 0 })
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.SegSmall, MinimumUnitSize, string.Join(", ", inference.SmallUnits)));
        }

        if (inference is not null)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.SegChanceNote, inference.Replicates));
        }

        console.Note(Strings.SegDefinitions);
        return indices;
    }

    private static void SpatialReport(IAnsiConsole console, Area city, GroupTable input, Data.Store.WijkmixStore store, TidyTable export)
    {
        if (Geography.Of(store, input.Units, input.Year) is not { } geography)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.SegSpatialNone, Formatting.Level(input.Level)));
            return;
        }

        var table = new Table().Title(string.Format(CultureInfo.CurrentCulture, Strings.SegSpatial, geography.Adjacent.Count))
            .AddColumns(Strings.SegIndex, Strings.SegValue);
        foreach (var group in input.Grouping.Groups)
        {
            var adjusted = Spatial.AdjacencyDissimilarity(input.Table, group.Id, geography.Adjacent);
            table.AddRow(Markup.Escape($"{Strings.SegAdjusted}: {group.Name}"), Number(adjusted));
            export.Add(input.Year, "spatial", "D_adjacency", group.Id, adjusted, null, null);
        }

        var land = store.Get(input.Units, ["area_land_ha"]).Where(o => o.Year == input.Year && o.Value > 0)
            .GroupBy(o => o.Area).ToDictionary(g => g.Key, g => g.First().Value!.Value);
        if (Geography.Centre(store, city.Code, input.Year) is { } centre && input.Units.All(land.ContainsKey))
        {
            var areas = input.Units.Select(u => land[u]).ToArray();
            foreach (var group in input.Grouping.Groups)
            {
                foreach (var (code, label, value) in new[]
                         {
                             ("ACE", Strings.SegAce, Spatial.AbsoluteCentralization(input.Table, group.Id, geography.Centroids, areas, centre)),
                             ("RCE", Strings.SegRce, Spatial.RelativeCentralization(input.Table, group.Id, geography.Centroids, centre)),
                             ("RCO", Strings.SegRco, RelativeConcentrationOrNaN(input.Table, group.Id, areas)),
                         })
                {
                    table.AddRow(Markup.Escape($"{label}: {group.Name}"), double.IsNaN(value) ? Strings.NotAvailable : Number(value));
                    export.Add(input.Year, "spatial", code, group.Id, double.IsNaN(value) ? null : value, null, null);
                }
            }
        }

        foreach (var point in Spatial.MultiscalarProfile(input.Table, geography.Centroids, ProfileRadii))
        {
            table.AddRow(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SegProfile, point.Radius, "H̃")), Number(point.Theil));
            table.AddRow(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SegProfile, point.Radius, "D̃")), Number(point.Dissimilarity));
            export.Add(input.Year, "spatial", "H_within_" + point.Radius.ToString(CultureInfo.InvariantCulture) + "m", null, point.Theil, null, null);
            export.Add(input.Year, "spatial", "D_within_" + point.Radius.ToString(CultureInfo.InvariantCulture) + "m", null, point.Dissimilarity, null, null);
        }

        console.Write(table);
    }

    /// <summary>RCO is undefined when all units have the same land area; shown as "–" then.</summary>
    private static double RelativeConcentrationOrNaN(CountTable table, string group, double[] areas)
    {
        try
        {
            return Spatial.RelativeConcentration(table, group, areas);
        }
        catch (SegregationInputException)
        {
            return double.NaN;
        }
    }

    private static void TopTable(IAnsiConsole console, string title, IReadOnlyList<LocalMeasure> local, GroupTable input, TidyTable export, string scope,
        IReadOnlyDictionary<string, string> names)
    {
        var top = new Table().Title(Markup.Escape(title)).AddColumns(Strings.ColName, Strings.SegContribution, "ls");
        foreach (var g in input.Grouping.Groups)
        {
            top.AddColumn("LQ " + Markup.Escape(g.Name));
        }

        foreach (var unit in local.OrderByDescending(l => l.Contribution).Take(TopUnits))
        {
            top.AddRow(new[] { names.TryGetValue(unit.Unit, out var name) ? $"{name} ({unit.Unit})" : unit.Unit, Number(unit.Contribution), Number(unit.LocalSegregation) }
                .Concat(unit.LocationQuotients.Select(q => double.IsNaN(q) ? Strings.NotAvailable : q.ToString("0.00", CultureInfo.CurrentCulture))).Select(Markup.Escape).ToArray());
        }

        foreach (var unit in local)
        {
            export.Add(input.Year, scope, "contribution_M", unit.Unit, unit.Contribution, null, null);
        }

        console.Write(top);
    }

    private static void Change(IAnsiConsole console, int first, MultigroupIndices a, int second, MultigroupIndices b)
    {
        var table = new Table().Title(string.Format(CultureInfo.CurrentCulture, Strings.SegChangeTitle, first, second))
            .AddColumns(Strings.SegIndex, first.ToString(CultureInfo.InvariantCulture), second.ToString(CultureInfo.InvariantCulture), "Δ");
        foreach (var (name, x, y) in new[] { ("D", a.Dissimilarity, b.Dissimilarity), ("Gini", a.Gini, b.Gini), ("H", a.Theil, b.Theil), ("M", a.MutualInformation, b.MutualInformation) })
        {
            table.AddRow(name, Number(x), Number(y), (y - x).ToString("+0.0000;−0.0000;0.0000", CultureInfo.CurrentCulture));
        }

        console.Write(table);
    }

    private static void ChangeParts(IAnsiConsole console, int first, CountTable before, int second, CountTable after, TidyTable export)
    {
        var parts = Segregation.Change.Decompose(before, after);
        var table = new Table().Title(string.Format(CultureInfo.CurrentCulture, Strings.SegChangeParts, first, second))
            .AddColumns(Strings.SegPart, "ΔM");
        foreach (var (label, code, value) in new[]
                 {
                     (string.Format(CultureInfo.CurrentCulture, Strings.SegPartAdded, parts.UnitsAdded), "additions", parts.Additions),
                     (string.Format(CultureInfo.CurrentCulture, Strings.SegPartRemoved, parts.UnitsRemoved), "removals", parts.Removals),
                     (Strings.SegPartGroups, "group_shares", parts.GroupShares),
                     (Strings.SegPartSizes, "unit_sizes", parts.UnitSizes),
                     (Strings.SegPartStructural, "structural", parts.Structural),
                     (Strings.SegPartTotal, "total", parts.Difference),
                 })
        {
            table.AddRow(Markup.Escape(label), value.ToString("+0.0000;−0.0000;0.0000", CultureInfo.CurrentCulture));
            export.Add(second, "change_from_" + first.ToString(CultureInfo.InvariantCulture), "M", code, value, null, null);
        }

        console.Write(table);
        if (!parts.MarginsReached)
        {
            console.Note(Strings.SegApproximate);
        }
    }

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.CurrentCulture);
}
