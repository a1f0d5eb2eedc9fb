using System.Globalization;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Catalogue;

/// <summary>A theme of the catalogue: CBS's own KWB theme (Bevolking, Wonen en vastgoed, …) or a source outside the KWB.</summary>
public sealed record VariableTheme(int Order, string NameNl, string NameEn)
{
    public string Name => VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture) ? NameEn : NameNl;
}

/// <summary>Where a variable's title and definition come from.</summary>
public enum DefinitionSource
{
    /// <summary>The DataProperties of the KWB table (<see cref="StoreCatalogue.CbsTable"/>): CBS's own words.</summary>
    Cbs,
    /// <summary>Wijkmix's variable catalogue (variables.csv), for columns the bundled CBS metadata does not describe.</summary>
    Catalogue,
    /// <summary>The Leefbaarometer 3.0 documentation (BZK).</summary>
    Leefbaarometer,
}

/// <summary>
/// A variable the store can hold, described as its source describes it: CBS's title, unit and definition from the
/// table's DataProperties where the bundled metadata has the column (<see cref="CbsKey"/> set), else the catalogue's.
/// </summary>
/// <param name="Source">Where title and definition come from.</param>
public sealed record CatalogueVariable(
    string Id,
    VariableTheme Theme,
    MeasureUnit Unit,
    string UnitText,
    Direction Direction,
    string Title,
    string NameEn,
    string Definition,
    DefinitionSource Source,
    string? CbsKey,
    int? Decimals = null)
{
    /// <summary>The title in the current UI culture (CBS's Dutch title unless the culture is English).</summary>
    public string Name => VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture) ? NameEn : Title;

    /// <summary>The definition's paragraphs (CBS separates them by blank lines).</summary>
    public IReadOnlyList<string> Paragraphs => [.. Definition.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>
    /// A value as the source publishes it: plain numbers (SES-WOA, Leefbaarometer, averages) with the source's decimals
    /// (three when unstated, as CBS publishes SES-WOA), everything else as every other view shows its unit.
    /// </summary>
    public string Number(double value) => Unit == MeasureUnit.Number
        ? value.ToString("N" + (Decimals ?? 3).ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture)
        : FigureFormat.Number(value, Unit);

    /// <summary>A figure as <see cref="Number"/> writes it, marked as every view marks it ("*" computed, "≈" estimated, "." suppressed).</summary>
    public string Show(Core.Observations.Figure figure) => figure switch
    {
        { Value: { } e, State: Core.Observations.FigureState.Estimated } => FigureFormat.EstimateMark + " " + Number(e),
        { Value: { } v } => Number(v) + (figure.State == Core.Observations.FigureState.Computed ? "*" : string.Empty),
        _ => Wording.Figure(figure, Unit),
    };

    /// <summary>The variable as an indicator of its own stored value, so every view that takes an indicator takes it.</summary>
    public Indicator Indicator { get; } = new(Id, Theme.NameNl, Unit, Direction, Id, null, [], 1, Title, NameEn);
}
