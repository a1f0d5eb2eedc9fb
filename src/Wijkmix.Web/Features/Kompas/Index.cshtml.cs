using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Catalogue;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Kompas;

/// <summary>One area in the wijkkompas table of an indicator: its figure per year and its latest gap and signals.</summary>
public sealed record CompassLine(Area Area, IReadOnlyDictionary<int, CompassRow> ByYear, CompassRow Latest);

/// <summary>Wijkkompas: every wijk or buurt against the city per indicator over time, with the rule behind each flag.</summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    public Area? Municipality { get; private set; }

    public AreaLevel Level { get; private set; } = AreaLevel.District;

    public CompassResult? Result { get; private set; }

    public Indicator Indicator { get; private set; } = IndicatorSet.All[0];

    public bool OnlySignals { get; private set; }

    public IReadOnlyList<CompassLine> Lines { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>At least one area has a figure for the indicator in some year.</summary>
    public bool HasValues { get; private set; }

    /// <summary>CBS suppressed ('.') at least one cell of the indicator.</summary>
    public bool AnySuppressed { get; private set; }

    public static IReadOnlyList<Indicator> Indicators => CompassQuestion.Defaults;

    /// <summary>Every other variable the store holds for the wijken or buurten of the gemeente, by CBS theme, for the picker.</summary>
    public IReadOnlyList<IGrouping<VariableTheme, CatalogueVariable>> Variables { get; private set; } = [];

    /// <summary>The catalogue variable shown (null when a compass indicator is), with its definition and decimals.</summary>
    public CatalogueVariable? Variable { get; private set; }

    /// <summary><c>variabele=</c> takes any catalogue variable; <c>indicator=</c> (the older name) takes the same ids.</summary>
    public void OnGet(string? gemeente, string? niveau, string? indicator, string? variabele, bool signalen)
    {
        var city = AreaQuestion.Municipality(views.Data, gemeente);
        Municipality = city.Value;
        if (Municipality is null)
        {
            Problem = gemeente is null ? Text.ChooseMunicipalityFirst : city.Problem?.Message;
            return;
        }

        ViewData["Gemeente"] = Municipality.Code.Value;
        Level = Wording.ParseLevel(niveau) is AreaLevel.Neighbourhood ? AreaLevel.Neighbourhood : AreaLevel.District;
        OnlySignals = signalen;
        Result = CompassQuestion.Answer(views, Municipality.Code.Value, Wording.LevelKey(Level), Indicators).Value;
        var wanted = string.IsNullOrWhiteSpace(variabele) ? indicator : variabele;
        var stored = StoreCatalogue.StoredWithin(views.Data, Municipality.Code, Level);
        Variables = StoreCatalogue.ByTheme(stored.Where(v => !Indicators.Any(i => i.Id == v.Id)));
        // Opens on the first indicator with a figure for at least one area (not merely a row of empty cells).
        Indicator = Indicators.FirstOrDefault(i => i.Id == wanted)
                    ?? Indicators.FirstOrDefault(i => Result!.Rows.Any(r => r.Indicator == i && r.Value.HasValue)) ?? Indicators[0];
        if (Indicator.Id != wanted && wanted is { Length: > 0 })
        {
            if (stored.FirstOrDefault(v => string.Equals(v.Id, wanted.Trim(), StringComparison.OrdinalIgnoreCase)) is { } chosen)
            {
                Variable = chosen;
                Indicator = chosen.Indicator;
                Result = CompassQuestion.Answer(views, Municipality.Code.Value, Wording.LevelKey(Level), [chosen.Indicator]).Value;
            }
            else
            {
                Problem = string.Format(CultureInfo.CurrentCulture, Text.VarCompassUnknown, wanted, Wording.LevelPlural(Level), Municipality.DisplayName, Indicator.Name);
            }
        }

        var rows = Result!.Rows.Where(r => r.Indicator == Indicator).ToList();
        HasValues = rows.Any(r => r.Value.HasValue);
        AnySuppressed = rows.Any(r => r.Value.State == FigureState.Suppressed);
        Years = rows.Select(r => r.Year).Distinct().Order().ToList();
        Lines = rows.GroupBy(r => r.Area.Code)
            .Select(g =>
            {
                var list = g.OrderBy(r => r.Year).ToList();
                // The latest year with a gap: a suppressed latest year should not hide the last known gap.
                return new CompassLine(list[0].Area, list.ToDictionary(r => r.Year), list.LastOrDefault(r => r.Gap is not null) ?? list[^1]);
            })
            .Where(l => !OnlySignals || (l.Latest.Flags & (CompassSignals.FallingBehind | CompassSignals.GapWidening)) != 0)
            .OrderBy(l => l.Area.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }

    public string Query => $"area={Municipality?.Code.Value}&level={Wording.LevelKey(Level)}";

    /// <summary>A figure of the shown indicator: with the catalogue variable's own decimals when one is shown.</summary>
    public string Show(Figure figure) => Variable?.Show(figure) ?? Wording.Figure(figure, Indicator.Unit);

    /// <summary>A gap or its change, with the variable's decimals for plain numbers (SES-WOA, Leefbaarometer).</summary>
    public string ShowChange(double? change) => Variable is { Unit: Core.Variables.MeasureUnit.Number } v && change is { } c
        ? (c > 0 ? "+" : c < 0 ? "−" : "±") + v.Number(Math.Abs(c))
        : Wording.Change(change, Indicator.Unit);

    public static IEnumerable<(string Css, string Word, string Rule)> Signals(CompassSignals flags, CompassRules rules, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(indicator);
        var percent = indicator.Unit == Core.Variables.MeasureUnit.Percent;
        if (flags.HasFlag(CompassSignals.FallingBehind))
        {
            yield return ("achterstand", Text.SignalBehind, percent
                ? string.Format(CultureInfo.CurrentCulture, Text.RuleBehindPoints, rules.PointsThreshold)
                : string.Format(CultureInfo.CurrentCulture, Text.RuleBehindRelative, rules.RelativeThreshold));
        }

        if (flags.HasFlag(CompassSignals.GapWidening))
        {
            yield return ("kloof", Text.SignalWidening, percent
                ? string.Format(CultureInfo.CurrentCulture, Text.RuleWideningPoints, rules.WideningPoints)
                : string.Format(CultureInfo.CurrentCulture, Text.RuleWideningRelative, rules.WideningRelative));
        }

        if (flags.HasFlag(CompassSignals.TooSmall))
        {
            yield return ("klein", Text.SignalSmall, string.Format(CultureInfo.CurrentCulture, Text.RuleSmall, rules.MinimumInhabitants));
        }
    }
}
