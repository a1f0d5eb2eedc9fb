using System.Globalization;
using Wijkmix.Core.Variables;

namespace Wijkmix.Monitor.Indicators;

/// <summary>
/// A figure the monitor shows: a stored variable, or a share computed from counts
/// (numerator / sum of denominators × factor) when the share itself is not published.
/// </summary>
public sealed record Indicator(
    string Id,
    string Theme,
    MeasureUnit Unit,
    Direction Direction,
    string? DirectVariable,
    string? Numerator,
    IReadOnlyList<string> Denominator,
    double Factor,
    string NameNl,
    string NameEn)
{
    public string Name => VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture) ? NameEn : NameNl;

    /// <summary>Every variable this indicator may read.</summary>
    public IEnumerable<string> Variables =>
        new[] { DirectVariable, Numerator }.OfType<string>().Concat(Denominator);

    /// <summary>True when a sum of values of sub-areas is the value of the whole (counts).</summary>
    public bool IsAdditive => Unit == MeasureUnit.Count && DirectVariable is not null && Numerator is null;
}
