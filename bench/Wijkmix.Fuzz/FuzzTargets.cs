namespace Wijkmix.Fuzz;

/// <summary>Every importer a file from outside reaches: the statistics store's formats and the workspace's partner data.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } = [.. StatisticsTarget.All, new PartnerTarget()];
}
