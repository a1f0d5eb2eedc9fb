using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Tables;
using Wijkmix.Web.Features.Api;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>An area an instrument can be limited to.</summary>
public sealed record AreaChoice(string Code, string Name);

/// <summary>
/// Simulatie: a policy variant built in a form, or a scenario file pasted or uploaded, run against the
/// baseline on a synthetic population of the gemeente. Both routes write a scenario text that the
/// command line's reader checks; a run above the work limit is refused before it starts; the outcome
/// is kept so the result page (after a redirect) and its downloads need no second run.
/// </summary>
public sealed class IndexModel(MonitorViews views, SimulationRuns runs) : PageModel
{
    /// <summary>Largest scenario text or file accepted.</summary>
    public const int MaxScenarioBytes = 256 * 1024;

    public const string TextFileName = "scenario.yaml";

    public SearchBox? Search { get; private set; }

    public Area? Municipality { get; private set; }

    public SimulationForm Form { get; private set; } = new();

    /// <summary>The wijken (or, where the figures are per wijk, the units) instruments can be limited to.</summary>
    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    /// <summary>The text in the scenario box: the last scenario run, or an example.</summary>
    public string ScenarioText { get; private set; } = string.Empty;

    /// <summary>The scenario the form wrote, shown beside its problems (their lines refer to it).</summary>
    public string? WrittenScenario { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Something the page says instead of a form or a result (no gemeente, no figures, outcome forgotten).</summary>
    public string? Notice { get; private set; }

    public SimulationRun? Run { get; private set; }

    public SimulationView? View { get; private set; }

    public long MaxWork => runs.MaxWork;

    /// <summary>The instruments of the form, each with its main parameters.</summary>
    public IReadOnlyList<InstrumentFields> Instruments =>
    [
        new("passend", Text.SimPassend, Text.SimPassendHint, Form.Passend,
            [new("passendminimum", Text.SimPassendMinimum, Form.PassendMinimum, 95, 100, 0.5), new("passendmarge", Text.SimPassendMargin, Form.PassendMarge, 0, 50, 1)], null),
        new("vrijeruimte", Text.SimFreeRoom, Text.SimFreeRoomHint, Form.VrijeRuimte, [new("vrijeruimteaandeel", Text.SimFreeRoomShare, Form.VrijeRuimteAandeel, 0, 15, 0.5)], null),
        new("loting", Text.SimLottery, Text.SimLotteryHint, Form.Loting, [new("lotingaandeel", Text.SimLotteryShare, Form.LotingAandeel, 0, 100, 1)], null),
        new("lokalebinding", Text.SimLocalBinding, Text.SimLocalBindingHint, Form.LokaleBinding, [new("lokalebindingaandeel", Text.SimLocalBindingShare, Form.LokaleBindingAandeel, 0, 50, 1)], null),
        new("bemiddeling", Text.SimDirect, Text.SimDirectHint, Form.Bemiddeling, [new("bemiddelingmax", Text.SimDirectMax, Form.BemiddelingMax, 0, 100, 1)], null),
        new("complexgrens", Text.SimComplexCap, Text.SimComplexCapHint, Form.Complexgrens, [new("complexgrensmax", Text.SimComplexCapMax, Form.ComplexgrensMax, 0, 100, 1)], null),
        new("rotterdamwet", Text.SimRotterdamwet, Text.SimRotterdamwetHint, Form.Rotterdamwet, [], Form.RotterdamwetGebieden),
        new("sloop", Text.SimDemolish, Text.SimDemolishHint, Form.Sloop,
            [new("sloopaandeel", Text.SimDemolishShare, Form.SloopAandeel, 0, 100, 1), new("sloopkoop", Text.SimRebuildOwner, Form.SloopKoop, 0, 100, 1),
             new("sloopmidden", Text.SimRebuildMid, Form.SloopMidden, 0, 100, 1), new("sloopsociaal", Text.SimRebuildSocial, Form.SloopSociaal, 0, 100, 1)], Form.SloopGebieden),
        new("middenhuur", Text.SimMidRent, Text.SimMidRentHint, Form.Middenhuur, [new("middenhuurwoningen", Text.SimMidRentDwellings, Form.MiddenhuurWoningen, 0, 1_000_000, 1)], Form.MiddenhuurGebieden),
    ];

    public string? Language => Request.Query["taal"].FirstOrDefault() is { Length: > 0 } taal ? taal : null;

    /// <summary>Where the forms post to (the language of a <c>?taal=</c> link is kept).</summary>
    public string Action => Language is { } taal ? "/simulatie?taal=" + Uri.EscapeDataString(taal) : "/simulatie";

    public string ExportUrl => $"/simulatie?handler=export&uitkomst={Run!.Key}";

    public void OnGet(string? gemeente, string? zoek, string? uitkomst)
    {
        if (uitkomst is not null)
        {
            Run = runs.Find(uitkomst);
            if (Run is null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
                Notice = Text.SimOutcomeGone;
            }
            else
            {
                View = new SimulationView(Run.Outcome);
                gemeente = Run.Outcome.MunicipalityCode;
                Form = Run.Form ?? new SimulationForm();
                ScenarioText = Run.Text;
            }
        }

        Choose(gemeente, zoek);
    }

    public async Task<IActionResult> OnPostAsync(SimulationForm form, string? bron, string? scenario, IFormFile? bestand)
    {
        ArgumentNullException.ThrowIfNull(form);
        Form = form;
        Choose(form.Gemeente, null);
        var fromForm = bron != "tekst";
        var (text, fileName, problem) = fromForm ? FromForm() : await FromText(scenario, bestand).ConfigureAwait(false);
        ScenarioText = fromForm ? WrittenScenario ?? ScenarioText : text ?? scenario ?? string.Empty;
        if (problem is null && !SimulationRuns.ReplicateChoices.Contains(form.Herhalingen))
        {
            problem = string.Format(CultureInfo.CurrentCulture, Text.SimReplicatesChoice, string.Join(", ", SimulationRuns.ReplicateChoices));
        }

        if (problem is not null || text is null)
        {
            return Refuse([problem ?? Text.ErrorMessage]);
        }

        var (setup, problems) = runs.Prepare(text, fileName);
        if (setup is null)
        {
            return Refuse(problems.Select(p => p.ToString()).ToList());
        }

        var work = SimulationRuns.Work(setup, form.Herhalingen);
        if (work > runs.MaxWork)
        {
            var smaller = runs.SmallerScale(setup, form.Herhalingen);
            var message = string.Format(CultureInfo.CurrentCulture, Text.SimTooLarge, N(work), N(SimulationRuns.Households(setup)), setup.Scenario.Years,
                form.Herhalingen, setup.Scenario.Variants.Count + 1, N(runs.MaxWork));
            return Refuse([message + " " + (smaller is { } s
                ? string.Format(CultureInfo.CurrentCulture, Text.SimSmallerScale, Display.Share(s))
                : Text.SimFewerYears)]);
        }

        var key = SimulationRuns.KeyOf(text, form.Herhalingen);
        await runs.RunAsync(key, text, fileName, setup, form.Herhalingen, fromForm ? form : null, HttpContext.RequestAborted).ConfigureAwait(false);
        Response.Headers.Location = $"/simulatie?uitkomst={key}" + (Language is { } taal ? "&taal=" + Uri.EscapeDataString(taal) : string.Empty);
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    /// <summary>The kept outcome as CSV, XLSX or JSON (the tidy table the command line writes).</summary>
    public IActionResult OnGetExport(string? uitkomst, string? format)
    {
        if (runs.Find(uitkomst) is not { } run)
        {
            return NotFound();
        }

        if (TidyTableWriter.FormatOf("x." + (format ?? "csv")) is not { } kind)
        {
            return BadRequest();
        }

        var (body, type, name) = MonitorApi.Download(SimulationTable.Of(run.Outcome), kind, $"simulatie-{run.Outcome.MunicipalityCode}-{run.Key[..8]}");
        return File(body, type, name);
    }

    private (string? Text, string FileName, string? Problem) FromForm()
    {
        if (Municipality is null)
        {
            return (null, SimulationForm.FileName, Text.SimChooseMunicipality);
        }

        WrittenScenario = Form.ToYaml(Municipality.DisplayName);
        return (WrittenScenario, SimulationForm.FileName, null);
    }

    private static async Task<(string? Text, string FileName, string? Problem)> FromText(string? pasted, IFormFile? file)
    {
        if (file is { Length: > 0 })
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length > MaxScenarioBytes)
            {
                return (null, name, string.Format(CultureInfo.CurrentCulture, Text.SimScenarioTooLarge, MaxScenarioBytes / 1024));
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            return (await reader.ReadToEndAsync().ConfigureAwait(false), name, null);
        }

        if (string.IsNullOrWhiteSpace(pasted))
        {
            return (null, TextFileName, Text.SimNoScenario);
        }

        return pasted.Length > MaxScenarioBytes
            ? (null, TextFileName, string.Format(CultureInfo.CurrentCulture, Text.SimScenarioTooLarge, MaxScenarioBytes / 1024))
            : (pasted.ReplaceLineEndings("\n"), TextFileName, null);
    }

    private PageResult Refuse(IReadOnlyList<string> problems)
    {
        Problems = problems;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The chosen gemeente (by code, or by a search), with the areas its instruments can name.</summary>
    private void Choose(string? gemeente, string? zoek)
    {
        var (matches, chosen) = MunicipalitySearch.Find(views, zoek?.Trim());
        Municipality = chosen ?? (MonitorApi.Resolve(views, gemeente) is { Level: AreaLevel.Municipality } city ? city : null);
        if (Municipality is null)
        {
            Search = new SearchBox("/simulatie", zoek?.Trim(), matches, zoek is { Length: > 0 });
            Notice ??= gemeente is null || gemeente.Length == 0 ? Text.SimChooseMunicipality : string.Format(CultureInfo.CurrentCulture, Text.AreaNotFound, gemeente);
            return;
        }

        ViewData["Gemeente"] = Municipality.Code.Value;
        Form.Gemeente = Municipality.Code.Value;
        if (views.SimulationFigures(Municipality.Code) is not { } figures)
        {
            Notice = string.Format(CultureInfo.CurrentCulture, Text.SimNoFigures, Municipality.DisplayName);
            return;
        }

        Areas = figures.UnitLevel == "buurt"
            ? figures.Units.Where(u => u.ParentCode != figures.Code).Select(u => new AreaChoice(u.ParentCode, u.ParentName)).Distinct().ToList()
            : figures.Units.Select(u => new AreaChoice(u.Code, u.Name)).ToList();
        Areas = Areas.OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        if (ScenarioText.Length == 0)
        {
            ScenarioText = SimulationForm.Example(Municipality.Code.Value, Municipality.DisplayName);
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
