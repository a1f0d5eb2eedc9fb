using System.Globalization;
using System.Text;

namespace Wijkmix.Data.Import;

/// <summary>What is wrong with an input file, and where: file, line (1-based) and column or field.</summary>
public sealed record ImportProblem(string File, int? Line, string? Field, string Message)
{
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
