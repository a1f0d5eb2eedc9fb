using System.Globalization;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Goals;

/// <summary>
/// Reading the goal and result forms' numbers and years as people type them. Each failure adds a message naming the
/// field to <c>problems</c>, so a form reports all its problems at once.
/// </summary>
public static class GoalInput
{
    public const int FirstYear = 1990, LastYear = 2100;

    /// <summary>A year from <see cref="FirstYear"/> to <see cref="LastYear"/>; null (and a problem) otherwise.</summary>
    public static int? Year(string? text, string field, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (int.TryParse((text ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= FirstYear and <= LastYear)
        {
            return year;
        }

        problems.Add(WorkspaceText.Format("GoalYear", field, text));
        return null;
    }

    /// <summary>A number with a decimal comma or point; empty is null (a problem when <paramref name="required"/>).</summary>
    public static double? Number(string? text, string field, List<string> problems, bool required)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0)
        {
            if (required)
            {
                problems.Add(WorkspaceText.Format("GoalNumberRequired", field));
            }

            return null;
        }

        if (t.Count(c => c is ',' or '.') <= 1 && double.TryParse(t.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        problems.Add(WorkspaceText.Format("GoalNumber", field, t));
        return null;
    }

    /// <summary>Why an edit of a goal on an older version was refused.</summary>
    public static string Conflict(string? title) => WorkspaceText.Format("GoalConflict", title);
}
