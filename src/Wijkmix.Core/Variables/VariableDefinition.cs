using System.Globalization;

namespace Wijkmix.Core.Variables;

/// <summary>A stable variable id with its unit, meaning and the years any known spelling covers.</summary>
public sealed record VariableDefinition(
    string Id,
    string Theme,
    MeasureUnit Unit,
    Direction Direction,
    string NameNl,
    string NameEn,
    string Definition,
    IReadOnlyList<VariableAlias> Aliases)
{
    /// <summary>The KWB years for which a spelling of this variable is known, ascending.</summary>
    public IReadOnlyList<int> Years { get; } = Aliases.SelectMany(a => a.Years).Distinct().Order().ToArray();

    /// <summary>The name in the current UI culture (Dutch unless the culture is English).</summary>
    public string Name => IsEnglish(CultureInfo.CurrentUICulture) ? NameEn : NameNl;

    /// <summary>Whether texts should be shown in English for <paramref name="culture"/> (Dutch otherwise).</summary>
    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}
