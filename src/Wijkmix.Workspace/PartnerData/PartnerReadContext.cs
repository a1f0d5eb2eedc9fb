namespace Wijkmix.Workspace.PartnerData;

/// <summary>What a partner file is checked against besides its template: the workspace's buurten and their CBS figures.</summary>
/// <param name="WorkspaceBuurten">The CBS buurt codes of the workspace (upper case, e.g. BU03440111).</param>
public sealed record PartnerReadContext(IReadOnlySet<string> WorkspaceBuurten)
{
    /// <summary>Buurt codes of the gemeente outside the workspace: named as such rather than as unknown.</summary>
    public IReadOnlySet<string> OtherBuurten { get; init; } = new HashSet<string>();

    /// <summary>The workspace's area as shown in messages (e.g. "Overvecht (WK034403)").</summary>
    public string? WorkspaceArea { get; init; }

    /// <summary>
    /// CBS counts per buurt a template column cannot exceed when summed over the file's rows of that buurt (per year
    /// where the template has one): buurt code → column → count. CBS rounds counts to multiples of 5, so a sum is
    /// refused only when it exceeds the count by more than that rounding (<see cref="Monitor.Complexes.CbsBuurtCounts.RoundingAllowance"/>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> BuurtCeilings { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();
}
