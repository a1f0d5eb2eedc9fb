using System.Globalization;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Complexes;

/// <summary>
/// When a complex is flagged: more than <see cref="Percent"/> % of its lettings in the last <see cref="Years"/> years
/// went to vulnerable households (urgent, statushouder, uitstroom, other bemiddeling), and that is more than
/// <see cref="BuurtFactor"/> times the share in its buurt. Set per workspace by the coordinator.
/// </summary>
public sealed record FlagRule(int Percent, int Years, double BuurtFactor)
{
    public static FlagRule Default { get; } = new(50, 3, 2);

    /// <summary>The rule as a sentence, for the page and the flag's explanation.</summary>
    public string Describe() => WorkspaceText.Format("ComplexFlagRule", Percent, Years, BuurtFactor.ToString("0.##", CultureInfo.CurrentCulture));

    /// <summary>The problems with a rule from the form (empty when fine): 1–99 % ("more than 100 %" never flags), 1–10 years, factor 1–10.</summary>
    public static IReadOnlyList<FieldProblem> Check(int percent, int years, double factor)
    {
        var problems = new List<FieldProblem>();
        if (percent is < 1 or > 99)
        {
            problems.Add(new FieldProblem("percentage", WorkspaceText.Get("ComplexFlagPercentRange")));
        }

        if (years is < 1 or > 10)
        {
            problems.Add(new FieldProblem("jaren", WorkspaceText.Get("ComplexFlagYearsRange")));
        }

        if (!double.IsFinite(factor) || factor < 1 || factor > 10)
        {
            problems.Add(new FieldProblem("factor", WorkspaceText.Get("ComplexFlagFactorRange")));
        }

        return problems;
    }
}
