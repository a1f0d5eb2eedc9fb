using Wijkmix.Workspace.Internal;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Routekaart;

/// <summary>A checked answer to one routekaart step.</summary>
public sealed record StepAnswerValues(RoutekaartStep Step, string Text);

/// <summary>
/// The routekaart's answers are versioned by adding: each save is a new revision (1, 2, …) of the step's shared answer,
/// made only by a member who saw the latest one; an older revision is never changed.
/// </summary>
public static class StepAnswerRules
{
    /// <summary>Longest answer accepted, in characters.</summary>
    public const int MaxLength = 20_000;

    /// <summary>The step and the trimmed text, or why not.</summary>
    public static Checked<StepAnswerValues> Check(int step, string? text)
    {
        var found = RoutekaartSteps.Find(step);
        var answer = FormValues.Trim(text);
        return found is null ? Checked.Refused<StepAnswerValues>("stap", WorkspaceText.Format("StepMissing", step))
            : answer.Length is 0 or > MaxLength ? Checked.Refused<StepAnswerValues>("tekst", WorkspaceText.Format("StepLength", step, MaxLength))
            : Checked.Valid(new StepAnswerValues(found, answer));
    }

    /// <summary>
    /// The next revision when the member saved on <paramref name="revision"/> and <paramref name="latest"/> is the latest
    /// stored one (null: none yet); null when someone saved in between (a conflict).
    /// </summary>
    public static StepAnswer? Next(StepAnswerValues values, int revision, StepAnswer? latest, int workspaceId, string authorId, string authorName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(values);
        return (latest?.Revision ?? 0) != revision ? null : new StepAnswer
        {
            WorkspaceId = workspaceId, Step = values.Step.Number, Revision = revision + 1, Text = values.Text, AuthorId = authorId, AuthorName = authorName, At = at,
        };
    }

    /// <summary>Why a save on an older revision was refused; <paramref name="latest"/> is the revision stored now, saved at <paramref name="savedAt"/>.</summary>
    public static string Conflict(int step, StepAnswer? latest, string savedAt) => WorkspaceText.Format("StepConflict", step, latest?.AuthorName, savedAt);
}
