using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.Tables;
using Wijkmix.Segregation;

namespace Wijkmix.Cli;

/// <summary>
/// Shows a <see cref="SegregationReport"/> as tables. Computes nothing: every number comes from the report;
/// the export is <see cref="ViewTables.Segregation"/> with <see cref="ComponentLabel"/>.
/// </summary>
internal sealed class SegregationView(IAnsiConsole console, string cityName, IReadOnlyDictionary<string, string> names)
{
    private const int TopUnits = 10;

    public void Show(SegregationReport report)
    {
        var input = report.Input;
        var request = report.Request;
        var unitName = Formatting.LevelPlural(input.Level);
        console.MarkupLine("[bold]" + Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SegTitle,
            input.Grouping.Name, cityName, input.Year, input.Table.UnitCount, unitName)) + "[/]");
        if (input.Excluded.Count > 0)
        {
            var empty = input.Excluded.Count(e => e.Reason == GroupTables.ReasonEmpty);
            console.Warn(string.Format(CultureInfo.CurrentCulture, Strings.SegExcluded, input.Excluded.Count, unitName, input.Excluded.Count - empty,
                input.ExcludedInhabitants.ToString("N0", CultureInfo.CurrentCulture), empty));
        }

        Overall(report);
        GroupsAgainstRest(report);
        Decomposition(report);
        Spatial(report);
        TopTable(Strings.SegTopUnits, report.LocalInCity, input);
        TopTable(string.Format(CultureInfo.CurrentCulture, Strings.SegTopWithin, Formatting.Level(request.ParentLevel)), report.LocalInParent, input);
        if (report.Inference is { SmallUnits.Count: > 0 } small)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.SegSmall, SegregationRequest.MinimumUnitSize, string.Join(", ", small.SmallUnits)));
        }

        if (report.Inference is { } inference)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.SegChanceNote, inference.Replicates));
        }

        console.Note(Strings.SegDefinitions);
    }

    /// <summary>The multigroup indices of both years side by side.</summary>
    public void ShowChange(SegregationReport before, SegregationReport after)
    {
        var (first, second) = (before.Request.Year, after.Request.Year);
        var (a, b) = (before.Indices, after.Indices);
        var table = new Table().Title(string.Format(CultureInfo.CurrentCulture, Strings.SegChangeTitle, first, second))
            .AddColumns(Strings.SegIndex, first.ToString(CultureInfo.InvariantCulture), second.ToString(CultureInfo.InvariantCulture), "Δ");
        foreach (var (name, x, y) in new[] { ("D", a.Dissimilarity, b.Dissimilarity), ("Gini", a.Gini, b.Gini), ("H", a.Theil, b.Theil), ("M", a.MutualInformation, b.MutualInformation) })
        {
            table.AddRow(name, Number(x), Number(y), Signed(y - x));
        }

        console.Write(table);
    }

    /// <summary>The change of M split into its causes (<see cref="SegregationReport.ChangeBetween"/>).</summary>
    public void ShowChangeParts(SegregationReport before, SegregationReport after, ChangeComponents parts)
    {
        var table = new Table().Title(string.Format(CultureInfo.CurrentCulture, Strings.SegChangeParts, before.Request.Year, after.Request.Year))
            .AddColumns(Strings.SegPart, "ΔM");
        foreach (var (code, value) in ViewTables.ChangeParts(parts))
        {
            var label = code switch
            {
                "additions" => string.Format(CultureInfo.CurrentCulture, Strings.SegPartAdded, parts.UnitsAdded),
                "removals" => string.Format(CultureInfo.CurrentCulture, Strings.SegPartRemoved, parts.UnitsRemoved),
                "group_shares" => Strings.SegPartGroups,
                "unit_sizes" => Strings.SegPartSizes,
                "structural" => Strings.SegPartStructural,
                _ => Strings.SegPartTotal,
            };
            table.AddRow(Markup.Escape(label), Signed(value));
        }

        console.Write(table);
        if (!parts.MarginsReached)
        {
            console.Note(Strings.SegApproximate);
        }
    }

    private void Overall(SegregationReport report)
    {
        var (indices, inference) = (report.Indices, report.Inference);
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
        }

        Row("D", indices.Dissimilarity, inference?.Dissimilarity, inference?.DissimilarityByChance);
        Row("Gini", indices.Gini);
        Row("H", indices.Theil, inference?.Theil);
        Row("M", indices.MutualInformation, inference?.MutualInformation, inference?.MutualInformationByChance);
        Row("P (norm. exposure)", indices.NormalizedExposure);
        Row("R (rel. diversity)", indices.RelativeDiversity);
        console.Write(overall);
    }

    private void GroupsAgainstRest(SegregationReport report)
    {
        var pairs = new Table().Title(Strings.SegTwoGroup)
            .AddColumns(Strings.SegGroup, Strings.SegShare, "D", "Gini", "H", "xPx", "xPy", "eta²", "A(0,1)", "A(0,5)", "A(0,9)");
        foreach (var (group, share, t) in report.Groups)
        {
            pairs.AddRow(new[] { group.Name, share.ToString("P1", CultureInfo.CurrentCulture), Number(t.Dissimilarity), Number(t.Gini), Number(t.Theil),
                Number(t.Isolation), Number(t.Exposure), Number(t.CorrelationRatio), Number(t.Atkinson01), Number(t.Atkinson05), Number(t.Atkinson09) }.Select(Markup.Escape).ToArray());
        }

        console.Write(pairs);
    }

    /// <summary>"between wijken" / "buurten within wijken": the name of a decomposition component (<see cref="SegregationReport.LevelKey"/>).</summary>
    public static string ComponentLabel(SegregationReport report, ScaleComponent component)
    {
        var parentLevel = report.Request.ParentLevel;
        var (unitName, parentName) = (Formatting.LevelPlural(report.Input.Level), Formatting.LevelPlural(parentLevel));
        return component.Level == SegregationReport.LevelKey(parentLevel)
            ? string.Format(CultureInfo.CurrentCulture, Strings.SegBetween, parentName)
            : string.Format(CultureInfo.CurrentCulture, Strings.SegWithin, unitName, parentName);
    }

    private void Decomposition(SegregationReport report)
    {
        var scale = new Table().Title(Strings.SegDecomposition).AddColumns(Strings.SegLevel, "M", "H", Strings.SegShare);
        foreach (var c in report.Decomposition.Components)
        {
            scale.AddRow(Markup.Escape(ComponentLabel(report, c)), Number(c.MutualInformation), Number(c.Theil), c.Share.ToString("P1", CultureInfo.CurrentCulture));
        }

        console.Write(scale);
    }

    private void Spatial(SegregationReport report)
    {
        if (report.Spatial is not { } spatial)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.SegSpatialNone, Formatting.Level(report.Input.Level)));
            return;
        }

        var table = new Table().Title(string.Format(CultureInfo.CurrentCulture, Strings.SegSpatial, spatial.AdjacentPairs))
            .AddColumns(Strings.SegIndex, Strings.SegValue);
        foreach (var (index, group, value) in spatial.Values)
        {
            table.AddRow(Markup.Escape($"{SpatialLabel(index)}: {group.Name}"), double.IsNaN(value) ? Strings.NotAvailable : Number(value));
        }

        foreach (var point in spatial.Profile)
        {
            table.AddRow(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SegProfile, point.Radius, "H̃")), Number(point.Theil));
            table.AddRow(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SegProfile, point.Radius, "D̃")), Number(point.Dissimilarity));
        }

        console.Write(table);
    }

    private static string SpatialLabel(string index) => index switch
    {
        "D_adjacency" => Strings.SegAdjusted,
        "ACE" => Strings.SegAce,
        "RCE" => Strings.SegRce,
        "RCO" => Strings.SegRco,
        _ => index,
    };

    private void TopTable(string title, IReadOnlyList<LocalMeasure> local, GroupTable input)
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

        console.Write(top);
    }

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.CurrentCulture);

    private static string Signed(double value) => value.ToString("+0.0000;−0.0000;0.0000", CultureInfo.CurrentCulture);
}
