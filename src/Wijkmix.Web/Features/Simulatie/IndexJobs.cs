using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>The Simulatie page's jobs: a run's progress (as a page and as JSON), its cancellation, and comparing two variants.</summary>
public sealed partial class IndexModel
{
    /// <summary>The cookie that tells a browser's runs apart (only that browser may cancel them, and sees its own earlier results).</summary>
    public const string OwnerCookie = "wijkmix.sim";

    /// <summary>Seconds between reloads of the progress page without JavaScript.</summary>
    public const int RefreshSeconds = 2;

    /// <summary>The two variants compared, when two are chosen.</summary>
    public SimulationComparison? Comparison { get; private set; }

    /// <summary>The variants the comparison form offers: this result's and those of the browser's earlier results for the gemeente.</summary>
    public IReadOnlyList<VariantChoice> Choices { get; private set; } = [];

    /// <summary>The browser's other kept results for the gemeente, newest first.</summary>
    public IReadOnlyList<EarlierResult> Earlier { get; private set; } = [];

    /// <summary>The job's state when the page was asked for (it may move on while the page is written).</summary>
    public SimulationJobState State { get; private set; }

    /// <summary>Whether the job shown still waits or runs (the page then reloads itself).</summary>
    public bool IsRunning => Job is not null && State is SimulationJobState.Waiting or SimulationJobState.Running;

    /// <summary>Whether this browser started the job shown (and so may cancel it).</summary>
    public bool CanCancel => IsRunning && Job!.Owner == OwnerToken(create: false);

    /// <summary>Where the job's progress is read as JSON.</summary>
    public string ProgressUrl => Address("handler=Voortgang&run", Job!.Key);

    /// <summary>The job's progress in words.</summary>
    public string StatusText => Job is null ? string.Empty : State switch
    {
        SimulationJobState.Waiting => string.Format(CultureInfo.CurrentCulture, Text.SimWaiting, jobs.Ahead(Job)),
        SimulationJobState.Running => string.Format(CultureInfo.CurrentCulture, Text.SimRunning, N(Job.Done), N(Job.Total), Percent(Job)),
        SimulationJobState.Done => Text.SimDone,
        SimulationJobState.Cancelled => Text.SimCancelled,
        _ => Job.Error ?? string.Empty,
    };

    /// <summary>The page's address with one parameter, keeping the language of a <c>?taal=</c> link.</summary>
    public string Address(string name, string value) =>
        $"/simulatie?{name}={Uri.EscapeDataString(value)}" + (Language is { } taal ? "&taal=" + Uri.EscapeDataString(taal) : string.Empty);

    /// <summary>The progress of a run as JSON, for the page's script: state, replicate-years done of the total, the words, and the result's address when it is kept.</summary>
    public IActionResult OnGetVoortgang(string? run)
    {
        if (jobs.Find(run) is not { } job)
        {
            return NotFound();
        }

        (Job, State) = (job, job.State);
        return new JsonResult(new
        {
            state = State.ToString().ToLowerInvariant(),
            done = job.Done,
            total = job.Total,
            text = StatusText,
            result = State == SimulationJobState.Done ? Address("uitkomst", job.Key) : null,
        });
    }

    /// <summary>Cancels a waiting or running job started by this browser; the browser is sent back to its progress page.</summary>
    public async Task<IActionResult> OnPostAnnuleerAsync(string? run)
    {
        if (jobs.Find(run) is not { } job)
        {
            return NotFound();
        }

        if (!jobs.Cancel(job, OwnerToken(create: false)) && !job.IsOver)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Notice = Text.SimCancelNotYours;
            return await ShowJob(job.Key, null).ConfigureAwait(false);
        }

        return SeeOther(Address("run", job.Key));
    }

    /// <summary>The progress page of a job; a job whose outcome is kept (also after a restart) sends the browser to it.</summary>
    private async Task<IActionResult> ShowJob(string key, string? zoek)
    {
        Job = jobs.Find(key);
        State = Job?.State ?? SimulationJobState.Done;
        if (State == SimulationJobState.Done)
        {
            if (await results.ExistsAsync(key).ConfigureAwait(false))
            {
                return SeeOther(Address("uitkomst", key));
            }

            Job = null;
            Response.StatusCode = StatusCodes.Status404NotFound;
            Notice = Text.SimRunUnknown;
            Choose(null, zoek);
            return Page();
        }

        Form = Job!.Form ?? new SimulationForm();
        ScenarioText = Job.Text;
        Choose(Job.MunicipalityCode, zoek);
        return Page();
    }

    /// <summary>Two variants side by side: <c>KEY:index</c> each, of this result or of another kept one of the same gemeente.</summary>
    private async Task Compare(string? first, string? second)
    {
        var run = Run!;
        Earlier = (await results.EarlierAsync(OwnerToken(create: false), run.Outcome.MunicipalityCode).ConfigureAwait(false)).Where(e => e.Key != run.Key).ToList();
        Choices = SimulationComparison.Choices(run, Earlier);
        if (SimulationComparison.Parse(first) is not { } a || SimulationComparison.Parse(second) is not { } b)
        {
            return;
        }

        var left = a.Key == run.Key ? run : await results.FindAsync(a.Key).ConfigureAwait(false);
        var right = b.Key == run.Key ? run : await results.FindAsync(b.Key).ConfigureAwait(false);
        if (left is null || right is null || a.Index >= left.Outcome.Variants.Count || b.Index >= right.Outcome.Variants.Count
            || left.Outcome.MunicipalityCode != run.Outcome.MunicipalityCode || right.Outcome.MunicipalityCode != run.Outcome.MunicipalityCode)
        {
            Notice = Text.SimCompareUnknown;
            return;
        }

        Comparison = new SimulationComparison(left.Key == run.Key ? View! : new SimulationView(left.Outcome), left.Outcome.Variants[a.Index],
            right.Key == run.Key ? View! : new SimulationView(right.Outcome), right.Outcome.Variants[b.Index],
            Label(first!), Label(second!));
    }

    private string Label(string choice) => Choices.FirstOrDefault(c => c.Value == choice)?.Label ?? choice;

    /// <summary>This browser's token (from its cookie); with <paramref name="create"/>, a new one is given when it has none.</summary>
    private string? OwnerToken(bool create)
    {
        if (Request.Cookies[OwnerCookie] is { Length: 32 } token)
        {
            return token;
        }

        if (!create)
        {
            return null;
        }

        var made = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Response.Cookies.Append(OwnerCookie, made, new CookieOptions
        {
            Expires = clock.GetUtcNow().AddYears(1), SameSite = SameSiteMode.Strict, IsEssential = true, HttpOnly = true, Secure = Request.IsHttps,
        });
        return made;
    }

    private StatusCodeResult SeeOther(string location)
    {
        Response.Headers.Location = location;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    private static string Percent(SimulationJob job) =>
        (job.Total == 0 ? 0 : (double)job.Done / job.Total).ToString("P0", CultureInfo.CurrentCulture);
}
