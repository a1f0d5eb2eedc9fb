using Wijkmix.Monitor.Goals;

namespace Wijkmix.Workspace.Model;

/// <summary>A goal with its indicator, baseline and target (the "doelen" side of goals versus results).</summary>
public sealed class Goal : IVersioned
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string Title { get; set; }

    public IndicatorSource Source { get; set; }

    /// <summary>CBS field, segregation measure or free indicator name.</summary>
    public required string Indicator { get; set; }

    /// <summary>The area the indicator is measured on (the workspace's area by default).</summary>
    public required string AreaCode { get; set; }

    public double? Baseline { get; set; }

    public int? BaselineYear { get; set; }

    public double Target { get; set; }

    public int TargetYear { get; set; }

    /// <summary>Survey indicator (resident perception) set beside this goal's registrations, if any.</summary>
    public string? PerceptionIndicator { get; set; }

    public int Version { get; set; }

    public List<GoalResult> Results { get; } = [];

    public List<Intervention> Interventions { get; } = [];
}

/// <summary>A result entered by a partner for a goal on a custom indicator, with its source.</summary>
public sealed class GoalResult
{
    public int Id { get; set; }

    public int GoalId { get; set; }

    public int Year { get; set; }

    public double Value { get; set; }

    public required string SourceNote { get; set; }

    public required string EnteredBy { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A resident-perception figure for a wijk, imported from the survey CSV template.</summary>
public sealed class SurveyFigure
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string AreaCode { get; set; }

    public required string Indicator { get; set; }

    public int Year { get; set; }

    public double Value { get; set; }

    public required string SourceNote { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
