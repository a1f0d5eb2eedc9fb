using System.Globalization;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Export;

/// <summary>The variables an export can describe: every stored variable of the catalogue, and shares Wijkmix computes from them.</summary>
public static class ExportVariables
{
    private static readonly CultureInfo Dutch = new("nl");

    /// <summary>Every variable of the shipped catalogue, with its CBS definition.</summary>
    public static IReadOnlyDictionary<string, ExportVariable> Catalogue { get; } = VariableCatalogue.Default.Variables
        .ToDictionary(v => v.Id, v => new ExportVariable(v.Id, v.NameNl, v.NameEn, v.Unit, Text(nameof(Messages.ExportSourceKwb)), v.Definition), StringComparer.Ordinal);

    /// <summary>
    /// A figure the monitor shows: the stored <paramref name="direct"/> variable's definition, or a share Wijkmix computes as
    /// <paramref name="numerator"/> / sum of <paramref name="denominator"/> × <paramref name="factor"/> when CBS does not publish it.
    /// </summary>
    public static ExportVariable Indicator(string id, string nameNl, string nameEn, MeasureUnit unit, string? direct, string? numerator,
        IReadOnlyList<string> denominator, double factor)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        var stored = direct is not null && Catalogue.TryGetValue(direct, out var d) ? d : null;
        if (numerator is null && stored is not null)
        {
            return stored with { Id = id, NameNl = nameNl, NameEn = nameEn, Unit = unit };
        }

        string NameOf(string variable) => Catalogue.TryGetValue(variable, out var v) ? v.NameNl : variable;
        var computed = string.Format(Dutch, Text(nameof(Messages.ExportComputedShare)), NameOf(numerator ?? direct ?? id),
            string.Join(" + ", denominator.Select(NameOf)), factor.ToString(Dutch));
        // A share CBS publishes where it can and Wijkmix computes where CBS does not: both sources, both definitions.
        return new ExportVariable(id, nameNl, nameEn, unit,
            string.Join("; ", new[] { stored?.Source, Text(nameof(Messages.ExportSourceComputed)) }.OfType<string>()),
            string.Join(' ', new[] { stored?.Definition, computed }.OfType<string>()));
    }

    /// <summary>The catalogue with <paramref name="more"/> added (or replacing those with the same id).</summary>
    public static IReadOnlyDictionary<string, ExportVariable> With(IEnumerable<ExportVariable> more)
    {
        var all = new Dictionary<string, ExportVariable>(Catalogue, StringComparer.Ordinal);
        foreach (var v in more)
        {
            all[v.Id] = v;
        }

        return all;
    }

    private static string Text(string key) => Messages.ResourceManager.GetString(key, Dutch)!;
}
