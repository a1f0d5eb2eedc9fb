using System.Globalization;
using System.Text;

namespace Wijkmix.Data.Import;

/// <summary>What is wrong with an input file, and where: file, line (1-based) and column or field.</summary>
public sealed record ImportProblem(string File, int? Line, string? Field, string Message)
{
    /// <summary>Longest field name and message kept: a library's message may quote a whole overlong value (an 8 MB field was echoed back).</summary>
    public const int MaxLength = 500;

    public string? Field { get; init; } = Shorten(Field);

    public string Message { get; init; } = Shorten(Message)!;

    private static string? Shorten(string? text) => text is { Length: > MaxLength } ? string.Concat(text.AsSpan(0, MaxLength), "…") : text;

    /// <summary>Reads like <c>buurten.csv:214, kolom AantalInwoners_5: "abc" is geen getal</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $":{line}");
        }

        if (Field is not null)
        {
            text.Append(", ").Append(Resources.Messages.Column).Append(' ').Append(Field);
        }

        return text.Append(": ").Append(Message).ToString();
    }
}

/// <summary>Thrown inside readers to stop at the first fatal problem; never escapes the importer.</summary>
internal sealed class ImportFailedException(ImportProblem problem) : Exception(problem.Message)
{
    public ImportProblem Problem { get; } = problem;
}
