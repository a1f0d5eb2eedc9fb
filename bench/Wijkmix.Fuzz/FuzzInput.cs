namespace Wijkmix.Fuzz;

/// <summary>What an importer must do with an input, whatever it makes of the details.</summary>
public enum Expectation
{
    /// <summary>Accepting or refusing are both right; when accepted, the figures must equal the reference parse.</summary>
    Either,

    /// <summary>Only a refusal is right (a file cut off mid-record, a cut gzip, a bomb over the limits).</summary>
    Refuse,
}

/// <summary>
/// One generated input: the bytes as uploaded, and <see cref="Plain"/>, the uncompressed content the
/// reference parser reads (null when the input is a wrapper the reference cannot judge).
/// </summary>
public sealed record FuzzInput(string Mutation, string FileName, byte[] Bytes, byte[]? Plain, Expectation Expect);

/// <summary>What an importer made of an input: accepted with its facts (sorted, one line each), or refused.</summary>
public sealed record Outcome(bool Accepted, IReadOnlyList<string> Facts, string? Problem)
{
    public static Outcome Refused(string problem) => new(false, [], problem);

    public static Outcome Of(IEnumerable<string> facts) => new(true, [.. facts.Order(StringComparer.Ordinal)], null);
}

/// <summary>How one input ended in the harness.</summary>
public enum Verdict
{
    Accepted,
    Refused,
    Crash,
    Hang,
    WrongFigures,
    StoreChanged,
}
