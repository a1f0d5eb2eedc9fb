using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Charts;
using Wijkmix.Web.Features.Api;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Segregatie;

/// <summary>Segregatie: indices with intervals, the decomposition by scale, the units that contribute most, and change.</summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    public const int TopUnits = 10;

    public Area? Municipality { get; private set; }

    public ViewQuery Choice { get; private set; } = new();

    public Grouping Grouping { get; private set; } = Grouping.All[0];

    public AreaLevel Level { get; private set; } = AreaLevel.Neighbourhood;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public SegregationView? View { get; private set; }

    public string? Problem { get; private set; }

    public bool HasMap { get; private set; }

    public void OnGet(string? gemeente, string? indeling, string? niveau, string? binnen, int? jaar, int? vergelijk, int? replicaties)
    {
        var city = AreaQuestion.Municipality(views.Data, gemeente);
        Municipality = city.Value;
        if (Municipality is null)
        {
            Problem = gemeente is null ? Text.ChooseMunicipalityFirst : city.Problem?.Message;
            return;
        }

        ViewData["Gemeente"] = Municipality.Code.Value;
        // The page offers buurten and wijken only; anything else opens on buurten.
        var level = Wording.ParseLevel(niveau) is AreaLevel.District ? AreaLevel.District : AreaLevel.Neighbourhood;
        var choice = SegregationQuestion.Check(views, Municipality, SegregationQuestion.Grouping(indeling, ChoicePolicy.Lenient).Value!,
            Wording.LevelKey(level), binnen, jaar, vergelijk, replicaties ?? SegregationQuestion.DefaultReplicates, ChoicePolicy.Lenient);
        (Grouping, Level, Years) = (choice.Grouping, choice.Level, choice.Years);
        Choice = new ViewQuery(Municipality.Code.Value, Wording.LevelKey(Level), null, jaar, Grouping.Id, binnen, vergelijk, replicaties ?? SegregationQuestion.DefaultReplicates);
        var answer = SegregationQuestion.Answer(views, choice);
        if (!answer.IsAnswered)
        {
            Problem = answer.Problem.Message;
            return;
        }

        View = answer.Value;
        HasMap = View.Report.Spatial is not null;
        Choice = Choice with { Year = View.Report.Request.Year, Within = Wording.LevelKey(View.Report.Request.ParentLevel), Replicates = View.Report.Request.Replicates };
    }

    public string Query =>
        $"area={Choice.Municipality}&grouping={Choice.Grouping}&level={Choice.Level}&within={Choice.Within}&year={Choice.Year}&replicates={Choice.Replicates}"
        + (Choice.CompareYear is { } c ? $"&compareYear={c}" : string.Empty);

    public string GeoJsonUrl =>
        $"/api/segregation/{Choice.Municipality}/geojson?grouping={Choice.Grouping}&level={Choice.Level}&within={Choice.Within}&year={Choice.Year}&replicates={Choice.Replicates}"
        + (Choice.CompareYear is { } c ? $"&compareYear={c}" : string.Empty);

    public string DecompositionChart()
    {
        var r = View!.Report;
        var bars = r.Decomposition.Components.Select((c, i) => new Bar(ComponentLabel(c.Level, r), c.Share * 100,
            Display.Share(c.Share), i == 0 ? "bar-between" : "bar")).ToList();
        return SvgCharts.Bars("ontleding", string.Format(CultureInfo.CurrentCulture, Text.DecompositionTitle, Grouping.Name, r.Request.Year), bars);
    }

    public string ContributionChart()
    {
        var top = View!.Report.LocalInCity.OrderByDescending(l => l.Contribution).Take(TopUnits)
            .Select(l => new Bar(View.NameOf(l.Unit), l.Contribution, l.Contribution.ToString("0.0000", CultureInfo.CurrentCulture))).ToList();
        return SvgCharts.Bars("bijdragen", string.Format(CultureInfo.CurrentCulture, Text.TopUnitsTitle, TopUnits, Wording.LevelPlural(Level)), top);
    }

    /// <summary>"Tussen wijken" for the parent level, "Buurten binnen wijken" for the unit level.</summary>
    public static string ComponentLabel(string level, SegregationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parent = Wording.LevelPlural(report.Request.ParentLevel);
        return level == SegregationReport.LevelKey(report.Request.ParentLevel)
            ? string.Format(CultureInfo.CurrentCulture, Text.Between, parent)
            : string.Format(CultureInfo.CurrentCulture, Text.Within, Wording.LevelPlural(report.Request.Level), parent);
    }

    public static string ChangePart(string code) => code switch
    {
        "additions" => Text.PartAdded,
        "removals" => Text.PartRemoved,
        "group_shares" => Text.PartGroups,
        "unit_sizes" => Text.PartSizes,
        "structural" => Text.PartStructural,
        _ => Text.PartTotal,
    };
}
