namespace Wijkmix.Core.Areas;

/// <summary>The levels of the CBS area hierarchy, plus user-defined units below a buurt.</summary>
public enum AreaLevel
{
    /// <summary>Nederland (code NL00).</summary>
    Country = 0,
    /// <summary>Gemeente (GM + 4 digits).</summary>
    Municipality = 1,
    /// <summary>Wijk (WK + municipality digits + 2 characters).</summary>
    District = 2,
    /// <summary>Buurt (BU + district part + 2 characters).</summary>
    Neighbourhood = 3,
    /// <summary>A user-defined unit inside a buurt: a housing complex or a block (BUxxxxxxxx:id).</summary>
    Unit = 4,
}
