using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Segregation;
using Wijkmix.Monitor.Resources;

namespace Wijkmix.Monitor.Goals;

/// <summary>A goal's result in one year: a value with its source, or why there is none (never imputed).</summary>
public sealed record ResultPoint(int Year, double? Value, string Source, string? Missing = null);

/// <summary>An indicator a goal can follow, as the form offers it.</summary>
public sealed record IndicatorChoice(IndicatorSource Source, string Key, string Name);

/// <summary>
/// The figures behind goals: CBS indicators read from the monitor's factsheets (<see cref="MonitorViews.Profile"/>),
/// segregation indices from the engine of the Segregatie page (<see cref="MonitorViews.Segregation"/>, point estimates),
/// and results partners entered. Both store-based reads are cached by <see cref="MonitorViews"/>; a goal's own series: <c>Wijkmix.Workspace.Goals.GoalResults</c>.
/// </summary>
public static class GoalFigures
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Segregation indicator keys are "D:{grouping}:{group}" (group against the rest) or "D:{grouping}:alle" (multigroup D).</summary>
    public const string AllGroups = "alle";

    /// <summary>The CBS indicators of the monitor that can be a goal (categories excluded).</summary>
    public static IReadOnlyList<IndicatorChoice> CbsChoices => IndicatorSet.All.Where(i => i.Unit != Core.Variables.MeasureUnit.Category)
        .Select(i => new IndicatorChoice(IndicatorSource.Cbs, i.Id, i.Name)).ToList();

    /// <summary>Dissimilarity D over the buurten of the gemeente, for every group of every grouping and multigroup.</summary>
    public static IReadOnlyList<IndicatorChoice> SegregationChoices => Grouping.All
        .SelectMany(g => g.Groups.Select(x => new IndicatorChoice(IndicatorSource.Segregation, $"D:{g.Id}:{x.Id}", Text(nameof(GoalText.SegregationGroupChoice), x.Name, g.Name)))
            .Append(new IndicatorChoice(IndicatorSource.Segregation, $"D:{g.Id}:{AllGroups}", Text(nameof(GoalText.SegregationAllChoice), g.Name))))
        .ToList();

    /// <summary>The key of the complex-level measure: the share of lettings to vulnerable households (%).</summary>
    public const string VulnerableLettings = "kwetsbare_verhuringen";

    /// <summary>Measures over the partners' complexes, filled from their uploads.</summary>
    public static IReadOnlyList<IndicatorChoice> ComplexChoices =>
        [new IndicatorChoice(IndicatorSource.Complexes, VulnerableLettings, Text(nameof(GoalText.VulnerableLettingsChoice)))];

    public static IndicatorChoice? Find(IndicatorSource source, string? key) =>
        (source switch { IndicatorSource.Cbs => CbsChoices, IndicatorSource.Segregation => SegregationChoices, IndicatorSource.Complexes => ComplexChoices, _ => [] })
        .FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    /// <summary>The CBS indicator for the area in every year the store has figures for it; suppressed and missing years named.</summary>
    public static IReadOnlyList<ResultPoint> Cbs(MonitorViews views, string indicator, string area)
    {
        ArgumentNullException.ThrowIfNull(views);
        if (!AreaCode.TryParse(area, out var code) || views.Profile(code, null) is not { } view)
        {
            return [];
        }

        var trend = view.Trends.FirstOrDefault(t => t.Indicator.Id == indicator);
        return view.Profile.AvailableYears.Order().Select(year =>
        {
            var source = Text(nameof(GoalText.CbsSource), year);
            var point = trend?.Points.FirstOrDefault(p => p.Year == year);
            return point?.Area switch
            {
                { HasValue: true, State: FigureState.Computed } f => new ResultPoint(year, f.Value, source + Text(nameof(GoalText.ComputedShare))),
                { HasValue: true, State: FigureState.Estimated, Estimate: { } method } f => new ResultPoint(year, f.Value,
                    Text(nameof(GoalText.Estimated), Wording.Estimate(method))),
                { HasValue: true } f => new ResultPoint(year, f.Value, source),
                { State: FigureState.Suppressed } => new ResultPoint(year, null, source, Text(nameof(GoalText.Suppressed))),
                _ => new ResultPoint(year, null, source, Text(nameof(GoalText.NotPublished))),
            };
        }).ToList();
    }

    /// <summary>D over the buurten of the gemeente per year, from the Segregatie page's engine with 0 replicates.</summary>
    public static IReadOnlyList<ResultPoint> SegregationSeries(MonitorViews views, string key, string municipality)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(':');
        if (parts.Length != 3 || Grouping.Find(parts[1]) is not { } grouping || !AreaCode.TryParse(municipality, out var gm) || gm.Level != AreaLevel.Municipality)
        {
            return [];
        }

        return views.SegregationYears(gm, AreaLevel.Neighbourhood, grouping).Select(year =>
        {
            var source = Text(nameof(GoalText.SegregationSource), year, gm.Value);
            try
            {
                var report = views.Segregation(new SegregationRequest(gm, grouping, AreaLevel.Neighbourhood, AreaLevel.District, year), null).Report;
                double? value = parts[2] == AllGroups
                    ? report.Indices.Dissimilarity
                    : report.Groups.FirstOrDefault(g => g.Group.Id == parts[2])?.Indices.Dissimilarity;
                return value is { } v && double.IsFinite(v)
                    ? new ResultPoint(year, v, source)
                    : new ResultPoint(year, null, source, Text(nameof(GoalText.GroupMissing)));
            }
            catch (SegregationInputException)
            {
                return new ResultPoint(year, null, source, Text(nameof(GoalText.CountsIncomplete)));
            }
        }).ToList();
    }

    /// <summary>
    /// A goal text in the page's language (Dutch by default, English from the satellite on an English page).
    /// </summary>
    public static string Text(string name, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, GoalText.ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? name, args);

    /// <summary>
    /// A value as the page shows it, in Dutch: a share, count or average to one decimal as CBS publishes them; an index
    /// between −1 and 1 (D, M, a change of it) to three decimals; never "-0" (a value that rounds to zero is zero).
    /// </summary>
    public static string Show(double? value) => value is { } v ? Rounded(v, Math.Abs(v) < 1 ? 3 : 1).ToString("#,##0.###", Dutch) : Text(nameof(GoalText.NoValue));

    private static double Rounded(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }
}
