using Wijkmix.Workspace.Goals;

namespace Wijkmix.Workspace.Tests.Goals;

public sealed class GoalRulesTests
{
    [Theory]
    // Lower low-income share from 30 (2020) to 20 (2030); in 2025 half the time has passed.
    [InlineData(24.0, 2025, 0.6, ProgressStatus.OnTrack)]
    [InlineData(26.0, 2025, 0.4, ProgressStatus.NotOnTrack)]
    [InlineData(25.0, 2025, 0.5, ProgressStatus.OnTrack)]
    [InlineData(19.0, 2024, 1.1, ProgressStatus.Reached)]
    [InlineData(32.0, 2022, -0.2, ProgressStatus.NotOnTrack)]
    public void Progress_is_the_share_of_the_way_compared_with_the_share_of_the_time(double latest, int year, double share, ProgressStatus status)
    {
        var progress = GoalRules.ProgressOf(30, 2020, 20, 2030, latest, year);

        Assert.Equal(share, progress.Share!.Value, 9);
        Assert.Equal(status, progress.Status);
    }

    [Fact]
    public void Without_a_result_there_is_no_progress()
    {
        Assert.Equal(ProgressStatus.NoResult, GoalRules.ProgressOf(30, 2020, 20, 2030, null, null).Status);
        Assert.Equal("niet op koers", GoalRules.ProgressOf(30, 2020, 40, 2030, 31, 2028).Dutch);
    }

    [Fact]
    public void Divergence_is_flagged_when_registration_improves_while_perception_falls_beyond_the_tolerance()
    {
        // Goal: low-income share down from 30 to 20. Registered 28 → 26 (towards the goal); perception 60 → 55 (−5 points).
        var registered = new Dictionary<int, double> { [2021] = 29, [2022] = 28, [2023] = 26 };
        var perception = new Dictionary<int, double> { [2020] = 70, [2022] = 60, [2023] = 55 };

        var finding = GoalRules.Divergence(registered, perception, 30, 20)!;

        Assert.True(finding.Flagged);
        Assert.Equal((2022, 2023), (finding.FromYear, finding.ToYear));
        Assert.Equal(-2, finding.RegisteredChange, 9);
        Assert.Equal(-5, finding.PerceptionChange, 9);
    }

    [Theory]
    [InlineData(26, 58.5, false)] // perception −1.5: within the tolerance
    [InlineData(26, 65, false)] // both improve
    [InlineData(29, 63, true)] // registration moves away from the goal, perception rises 3 points
    [InlineData(28, 50, false)] // registration does not move
    public void Divergence_follows_the_stated_rule(double registered2023, double perception2023, bool flagged)
    {
        var registered = new Dictionary<int, double> { [2022] = 28, [2023] = registered2023 };
        var perception = new Dictionary<int, double> { [2022] = 60, [2023] = perception2023 };

        Assert.Equal(flagged, GoalRules.Divergence(registered, perception, 30, 20)!.Flagged);
    }

    [Fact]
    public void Divergence_needs_two_common_years()
    {
        Assert.Null(GoalRules.Divergence(new Dictionary<int, double> { [2022] = 1, [2023] = 2 }, new Dictionary<int, double> { [2023] = 5, [2024] = 1 }, 0, 10));
    }
}
