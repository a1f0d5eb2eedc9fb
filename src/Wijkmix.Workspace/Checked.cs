namespace Wijkmix.Workspace;

/// <summary>Why a form value was refused: the form field (its posted name, e.g. "naam") and the message naming it.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>
/// The outcome of checking a form: the validated values, or the problems (each naming its field), never both.
/// Bad input is expected, so it is a value and not an exception.
/// </summary>
public sealed class Checked<T>
    where T : class
{
    internal Checked(T? value, IReadOnlyList<FieldProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The validated values; null when there are problems.</summary>
    public T? Value { get; }

    /// <summary>The problems, in the order of the form; empty when the values passed.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    public bool Succeeded => Problems.Count == 0;

    /// <summary>The first problem's message (the pages show one at a time); null when the values passed.</summary>
    public string? FirstMessage => Problems.Count == 0 ? null : Problems[0].Message;
}

/// <summary>Makes <see cref="Checked{T}"/> outcomes.</summary>
public static class Checked
{
    public static Checked<T> Valid<T>(T value)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    public static Checked<T> Refused<T>(IReadOnlyList<FieldProblem> problems)
        where T : class =>
        problems is null || problems.Count == 0 ? throw new ArgumentException("A refusal needs a problem.", nameof(problems)) : new(null, problems);

    public static Checked<T> Refused<T>(string field, string message)
        where T : class => Refused<T>([new FieldProblem(field, message)]);
}
