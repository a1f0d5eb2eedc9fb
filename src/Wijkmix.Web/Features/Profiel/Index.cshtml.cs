using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Catalogue;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Monitor.Resources;
using Wijkmix.Web.Charts;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Profiel;

/// <summary>Wijkprofiel: the factsheet of an area against its city and the Netherlands, with trends.</summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    public Area? Area { get; private set; }

    public ProfileView? View { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Every variable the store holds for the area, grouped by CBS theme, for the picker.</summary>
    public IReadOnlyList<IGrouping<VariableTheme, CatalogueVariable>> Variables { get; private set; } = [];

    /// <summary>The variable chosen with <c>variabele=</c>: its definition and its figures beside the gemeente's over the years.</summary>
    public VariableView? Variable { get; private set; }

    /// <summary>The area's Leefbaarometer scores and the perception–registration pairs (empty when the store has no scores for it).</summary>
    public Liveability? Liveability { get; private set; }

    public IActionResult OnGet(string code, int? jaar, string? variabele)
    {
        Area = AreaQuestion.Find(views.Data, code).Value;
        if (Area is null)
        {
            return NotFound();
        }

        ViewData["Gemeente"] = Area.Code.Municipality?.Value;
        var answer = ProfileQuestion.Answer(views, Area, jaar);
        if (!answer.IsAnswered)
        {
            // The latest year stays on screen below the problem.
            Problem = answer.Problem.Message;
            answer = ProfileQuestion.Answer(views, Area, null);
        }

        View = answer.Value;
        Variables = StoreCatalogue.ByTheme(StoreCatalogue.Stored(views.Data, [Area.Code]));
        if (!string.IsNullOrWhiteSpace(variabele))
        {
            if (StoreCatalogue.TryGet(variabele, out var chosen) && Variables.Any(g => g.Contains(chosen)))
            {
                Variable = VariableView.Of(views.Data, Area.Code, chosen);
            }
            else
            {
                Problem = string.Format(CultureInfo.CurrentCulture, Text.VarUnknown, variabele, Area.DisplayName);
            }
        }

        Liveability = Monitor.Catalogue.Liveability.Of(views.Data, Area.Code);
        return Page();
    }

    /// <summary>The trend of one indicator as an SVG line chart (area, gemeente, Nederland).</summary>
    public string Chart(Trend trend, int index) => Chart(trend, index, v => FigureFormat.Number(v, trend.Indicator.Unit));

    /// <summary>The trend of a catalogue variable, its values written with the variable's own decimals.</summary>
    public string Chart(VariableView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Chart(view.Trend, 0, view.Variable.Number);
    }

    private string Chart(Trend trend, int index, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var series = new List<Series>
        {
            new(Area!.DisplayName, "gebied", trend.Points.Select(x => ((double)x.Year, x.Area.Value)).ToList()),
        };
        if (MunicipalityArea is { } m)
        {
            series.Add(new(m.DisplayName, "gemeente", trend.Points.Select(x => ((double)x.Year, x.Municipality.Value)).ToList()));
        }

        series.Add(new(MonitorText.Netherlands, "nederland", trend.Points.Select(x => ((double)x.Year, x.Country.Value)).ToList()));
        // A line without a single value (Nederland for most catalogue variables) is left out rather than drawn at 0.
        series.RemoveAll(s => s.Points.All(pt => pt.Y is null));
        return SvgCharts.Lines($"trend-{index}", string.Format(CultureInfo.CurrentCulture, Text.TrendTitle, trend.Indicator.Name, Area.DisplayName),
            series, format);
    }

    /// <summary>The unit as CBS writes it ("aantal", "km", "%"), or its English name on English pages.</summary>
    public static string UnitOf(CatalogueVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return Core.Variables.VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture)
            ? Text.ResourceManager.GetString("VarUnit" + variable.Unit, CultureInfo.CurrentUICulture) ?? variable.UnitText
            : variable.UnitText;
    }

    /// <summary>The gemeente of a wijk or buurt (null for a gemeente itself).</summary>
    public Area? MunicipalityArea => Area?.Code.Municipality is { } gm && gm != Area.Code ? views.Data.Find(gm) : null;
}
