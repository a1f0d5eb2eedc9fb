namespace Wijkmix.Core.Variables;

/// <summary>The kinds of column spelling CBS uses for the same variable.</summary>
public enum AliasKind
{
    /// <summary>OData / TypedDataSet key such as <c>AantalInwoners_5</c>.</summary>
    OData,
    /// <summary>Short name in kwb-YYYY.xlsx such as <c>a_inw</c>.</summary>
    Kwb,
    /// <summary>Hierarchical StatLine label such as <c>Bevolking/Aantal inwoners (aantal)</c>.</summary>
    StatLine,
    /// <summary>Attribute name in the Dutch snake_case GeoJSON boundary files.</summary>
    Geo,
}

/// <summary>One spelling of a variable in CBS files, the years it is used, and the factor to the variable's unit.</summary>
public sealed record VariableAlias(string VariableId, AliasKind Kind, string Spelling, IReadOnlySet<int> Years, double Scale)
{
    public bool AppliesTo(int year) => Years.Count == 0 || Years.Contains(year);
}

/// <summary>A CBS column Wijkmix deliberately reads as no variable (a name, a code), with the reason (Dutch).</summary>
public sealed record NotUsedColumn(AliasKind Kind, string Spelling, IReadOnlySet<int> Years, string Reason)
{
    public bool AppliesTo(int year) => Years.Count == 0 || Years.Contains(year);
}
