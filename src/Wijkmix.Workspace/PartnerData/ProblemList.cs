namespace Wijkmix.Workspace.PartnerData;

/// <summary>Collects problems for one file, keeping the first <see cref="Cap"/> and counting the rest.</summary>
internal sealed class ProblemList(string file)
{
    /// <summary>How many problems are listed before the rest is summarised as "en N meer".</summary>
    public const int Cap = 100;

    private readonly List<PartnerDataProblem> kept = [];
    private int dropped;

    public bool Any => kept.Count > 0;

    public void Add(int line, string? column, string message)
    {
        if (kept.Count < Cap)
        {
            kept.Add(new PartnerDataProblem(file, line, column, message));
        }
        else
        {
            dropped++;
        }
    }

    public IReadOnlyList<PartnerDataProblem> ToList() =>
        dropped == 0 ? kept : [.. kept, new PartnerDataProblem(file, 0, null, PartnerDataText.Format("MoreProblems", dropped))];
}
