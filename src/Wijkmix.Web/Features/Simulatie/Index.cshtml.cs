using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;
using Wijkmix.Web.Features.Api;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>An area an instrument can be limited to.</summary>
public sealed record AreaChoice(string Code, string Name);

/// <summary>
/// Simulatie: a policy variant built in a form, or a scenario file pasted or uploaded, run against the
/// baseline on a synthetic population of the gemeente. The form builds the scenario itself, naming the
/// field of each problem; a pasted or uploaded text goes through the command line's reader. Both run on
/// the figures cached for the page; a run above the work limit is refused before it is queued. The run is
/// queued (<see cref="SimulationJobs"/>) and the browser sent to its progress (<c>?run=KEY</c>); the outcome is
/// kept in the application store, so its link (<c>?uitkomst=KEY</c>) and downloads need no second run.
/// </summary>
public sealed partial class IndexModel(MonitorViews views, SimulationRuns runs, SimulationJobs jobs, SimulationResults results, TimeProvider clock) : PageModel
{
    /// <summary>Largest scenario text or file accepted.</summary>
    public const int MaxScenarioBytes = 256 * 1024;

    public const string TextFileName = "scenario.yaml";

    /// <summary>The figures the simulator starts from for the chosen gemeente, as cached for every page.</summary>
    private MunicipalityFigures? _figures;

    public SearchBox? Search { get; private set; }

    public Area? Municipality { get; private set; }

    public SimulationForm Form { get; private set; } = new();

    /// <summary>The wijken (or, where the figures are per wijk, the units) instruments can be limited to.</summary>
    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    /// <summary>The text in the scenario box: the last scenario run, or an example.</summary>
    public string ScenarioText { get; private set; } = string.Empty;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The problems of the form's fields, also shown beside each field.</summary>
    public IReadOnlyList<FieldProblem> FieldProblems { get; private set; } = [];

    /// <summary>Something the page says instead of a form or a result (no gemeente, no figures, outcome forgotten).</summary>
    public string? Notice { get; private set; }

    public SimulationRun? Run { get; private set; }

    /// <summary>The queued, running or ended job whose progress the page shows.</summary>
    public SimulationJob? Job { get; private set; }

    public SimulationView? View { get; private set; }

    public long MaxWork => runs.MaxWork;

    /// <summary>The instruments of the form, each with its main parameters.</summary>
    public IReadOnlyList<InstrumentFields> Instruments => Form.Instruments;

    public string? Language => Request.Query["taal"].FirstOrDefault() is { Length: > 0 } taal ? taal : null;

    /// <summary>Where the forms post to (the language of a <c>?taal=</c> link is kept).</summary>
    public string Action => Language is { } taal ? "/simulatie?taal=" + Uri.EscapeDataString(taal) : "/simulatie";

    public string ExportUrl => $"/simulatie?handler=export&uitkomst={Run!.Key}";

    public async Task<IActionResult> OnGetAsync(string? gemeente, string? zoek, string? uitkomst, string? run, string? vergelijk, string? met)
    {
        if (run is not null)
        {
            return await ShowJob(run, zoek).ConfigureAwait(false);
        }

        if (uitkomst is not null)
        {
            Run = await results.FindAsync(uitkomst).ConfigureAwait(false);
            if (Run is null)
            {
                if (jobs.Find(uitkomst) is { IsOver: false })
                {
                    return new RedirectResult(Address("run", uitkomst));
                }

                Response.StatusCode = StatusCodes.Status404NotFound;
                Notice = Text.SimOutcomeGone;
            }
            else
            {
                View = new SimulationView(Run.Outcome);
                gemeente = Run.Outcome.MunicipalityCode;
                Form = Run.Form ?? new SimulationForm();
                ScenarioText = Run.Text;
                await Compare(vergelijk, met).ConfigureAwait(false);
            }
        }

        Choose(gemeente, zoek);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(SimulationForm form, string? bron, string? scenario, IFormFile? bestand)
    {
        ArgumentNullException.ThrowIfNull(form);
        Form = form;
        Choose(form.Gemeente, null);
        var fromForm = bron != "tekst";
        var (text, fileName, problem) = fromForm ? (null, SimulationForm.FileName, FormProblem()) : await FromText(scenario, bestand).ConfigureAwait(false);
        if (!fromForm)
        {
            ScenarioText = text ?? scenario ?? string.Empty;
        }

        if (problem is null && !SimulationRuns.ReplicateChoices.Contains(form.Herhalingen))
        {
            problem = string.Format(CultureInfo.CurrentCulture, Text.SimReplicatesChoice, string.Join(", ", SimulationRuns.ReplicateChoices));
        }

        if (problem is not null)
        {
            return Refuse([problem]);
        }

        var (setup, written, problems) = fromForm ? FromForm() : FromText(text!, fileName);
        if (setup is null || written is null)
        {
            return Refuse(problems);
        }

        var work = SimulationRuns.Work(setup, form.Herhalingen);
        if (work > runs.MaxWork)
        {
            var smaller = runs.SmallerScale(setup, form.Herhalingen);
            var message = string.Format(CultureInfo.CurrentCulture, Text.SimTooLarge, N(work), N(SimulationRuns.Households(setup)), setup.Scenario.Years,
                form.Herhalingen, setup.Scenario.Variants.Count + 1, N(runs.MaxWork), setup.Scenario.BurnInYears);
            return Refuse([message + " " + (smaller is { } s
                ? string.Format(CultureInfo.CurrentCulture, Text.SimSmallerScale, Display.Share(s))
                : Text.SimFewerYears)]);
        }

        var key = SimulationRuns.KeyOf(written, form.Herhalingen);
        if (await results.ExistsAsync(key).ConfigureAwait(false))
        {
            return SeeOther(Address("uitkomst", key));
        }

        var job = jobs.Enqueue(new SimulationJob(key, setup, written, fileName, form.Herhalingen, fromForm ? form : null, OwnerToken(create: true)!, clock.GetUtcNow()));
        if (job is null)
        {
            Response.Headers.RetryAfter = "60";
            var refused = Refuse([string.Format(CultureInfo.CurrentCulture, Text.SimQueueFull, jobs.MaxWaiting)]);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return refused;
        }

        return SeeOther(Address("run", job.Key));
    }

    /// <summary>The kept outcome as CSV, XLSX or JSON (the tidy table the command line writes).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? uitkomst, string? format)
    {
        if (await results.FindAsync(uitkomst).ConfigureAwait(false) is not { } run)
        {
            return NotFound();
        }

        if (TidyTableWriter.FormatOf("x." + (format ?? "csv")) is not { } kind)
        {
            return BadRequest();
        }

        var (body, type, name) = MonitorApi.Download(run.Outcome.Table(), kind, $"simulatie-{run.Outcome.MunicipalityCode}-{run.Key[..8]}");
        return File(body, type, name);
    }

    /// <summary>Why the form cannot be simulated before its fields are read: no gemeente, or no figures for it.</summary>
    private string? FormProblem() =>
        Municipality is null ? Text.SimChooseMunicipality
        : _figures is null ? Notice ?? string.Format(CultureInfo.CurrentCulture, Text.SimNoFigures, Municipality.DisplayName)
        : null;

    /// <summary>The scenario built from the form's fields with the figures cached for the page; its text, written from it, goes in the scenario box.</summary>
    private (SimulationSetup? Setup, string? Text, IReadOnlyList<string> Problems) FromForm()
    {
        var (built, problems) = FormScenario.Build(Form, Municipality!.DisplayName, SimulationSetups.Catalogue(_figures!));
        FieldProblems = problems;
        if (built is null)
        {
            return (null, null, problems.Select(p => p.ToString()).ToList());
        }

        ScenarioText = FormYaml.Write(built);
        return (new SimulationSetup(built, _figures!), ScenarioText, []);
    }

    /// <summary>A pasted or uploaded scenario read and checked by the command line's reader, on the cached areas and figures.</summary>
    private (SimulationSetup? Setup, string? Text, IReadOnlyList<string> Problems) FromText(string text, string fileName)
    {
        var (setup, problems) = runs.Prepare(text, fileName, views.SimulationFigures);
        return (setup, text, problems.Select(p => p.ToString()).ToList());
    }

    /// <summary>The problem of the input named <paramref name="name"/>, to show beside it.</summary>
    public FieldProblem? Beside(string name) => FieldProblems.FirstOrDefault(p => p.Name == name);

    /// <summary><c>aria-invalid</c> of the input named <paramref name="name"/>: "true" when it has a problem, else left out.</summary>
    public string? Invalid(string name) => Beside(name) is null ? null : "true";

    /// <summary>The id of the problem shown beside the input named <paramref name="name"/>, for its <c>aria-describedby</c>.</summary>
    public string? ProblemId(string name) => Beside(name) is { } problem ? problem.Name + "-probleem" : null;

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

    private PageResult Refuse(IEnumerable<string> problems)
    {
        Problems = problems.ToList();
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
        _figures = views.SimulationFigures(Municipality.Code);
        if (_figures is not { } figures)
        {
            Notice = string.Format(CultureInfo.CurrentCulture, Text.SimNoFigures, Municipality.DisplayName);
            return;
        }

        if (SimulationSetups.Refusal(figures) is { } refusal)
        {
            (Notice, _figures) = (refusal, null);
            return;
        }

        Areas = figures.UnitLevel == "buurt"
            ? figures.Units.Where(u => u.ParentCode != figures.Code).Select(u => new AreaChoice(u.ParentCode, u.ParentName)).Distinct().ToList()
            : figures.Units.Select(u => new AreaChoice(u.Code, u.Name)).ToList();
        Areas = Areas.OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        if (ScenarioText.Length == 0)
        {
            var empty = FormScenario.Build(new SimulationForm { Gemeente = Municipality.Code.Value }, Municipality.DisplayName, SimulationSetups.Catalogue(figures)).Scenario!;
            ScenarioText = FormYaml.Example(empty);
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
