using System.Globalization;
using Wijkmix.Core.Variables;

namespace Wijkmix.Data.Export;

/// <summary>The file formats of an export: the international CSV, the Dutch CSV, XLSX and JSON.</summary>
public enum ExportFormat
{
    /// <summary>Comma, decimal point, UTF-8 without byte-order mark, code headers: what R's read.csv and pandas read as is.</summary>
    Csv,
    Xlsx,
    Json,
    /// <summary>Semicolon, decimal comma, UTF-8 with byte-order mark, headers in words: what Dutch Excel opens in columns.</summary>
    CsvDutch,
}

/// <summary>What a variable in an export is: its names, unit, where it comes from and how CBS defines it.</summary>
public sealed record ExportVariable(string Id, string NameNl, string NameEn, MeasureUnit Unit, string Source, string Definition)
{
    public string Name(bool english) => english ? NameEn : NameNl;
}

/// <summary>
/// How a table is written: in which language the XLSX and Dutch CSV headers and codes are, whether values are rounded
/// as CBS publishes them, and what each variable is (for the rounding and the XLSX sheet of sources).
/// </summary>
public sealed record ExportOptions(bool English, bool Rounded, IReadOnlyDictionary<string, ExportVariable> Variables)
{
    /// <summary>Rounded, in the current UI language, with the variables of the shipped catalogue.</summary>
    public static ExportOptions Current => new(VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture), Rounded: true, ExportVariables.Catalogue);

    /// <summary>Unrounded, code headers, no variables: the table exactly as computed.</summary>
    public static ExportOptions Raw { get; } = new(English: true, Rounded: false, new Dictionary<string, ExportVariable>());

    public ExportVariable? Variable(object? id) => id is string s && Variables.TryGetValue(s, out var v) ? v : null;
}
