namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Why (part of) a partner file was refused. <see cref="Line"/> is the line in the file (header = 1);
/// 0 means the file as a whole. <see cref="Column"/> is the column name from the template, when one applies.
/// Messages never repeat a value that could be person data.
/// </summary>
public sealed record PartnerDataProblem(string File, int Line, string? Column, string Message)
{
    /// <summary>The full Dutch message, e.g. <c>partner.csv, regel 1, kolom "bsn": ...</c>.</summary>
    public override string ToString() => (Line, Column) switch
    {
        (0, _) => PartnerDataText.Format("LocationFile", File, Message),
        (_, null) => PartnerDataText.Format("LocationFileLine", File, Line, Message),
        _ => PartnerDataText.Format("LocationFileLineColumn", File, Line, Column, Message),
    };
}

/// <summary>One accepted row: its text values (keys and labels) and counts, by template column name.</summary>
/// <param name="Line">Line in the file (header = 1).</param>
/// <param name="Texts">Key and label values; buurt codes in upper case.</param>
/// <param name="Counts">Count values.</param>
public sealed record PartnerRow(int Line, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, long> Counts);

/// <summary>The outcome of reading a partner file: either rows or problems, never both.</summary>
public sealed class PartnerDataReadResult
{
    private PartnerDataReadResult(IReadOnlyList<PartnerRow> rows, IReadOnlyList<PartnerDataProblem> problems)
    {
        Rows = rows;
        Problems = problems;
    }

    /// <summary>The rows; empty when there are problems.</summary>
    public IReadOnlyList<PartnerRow> Rows { get; }

    /// <summary>The problems; empty when the file was accepted.</summary>
    public IReadOnlyList<PartnerDataProblem> Problems { get; }

    /// <summary>True when the file was accepted.</summary>
    public bool Succeeded => Problems.Count == 0;

    internal static PartnerDataReadResult Accepted(IReadOnlyList<PartnerRow> rows) => new(rows, []);

    internal static PartnerDataReadResult Refused(IReadOnlyList<PartnerDataProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("A refusal needs a problem.", nameof(problems)) : new([], problems);
}
