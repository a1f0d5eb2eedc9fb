namespace Wijkmix.Monitor.Goals;

/// <summary>Where a goal's results come from.</summary>
public enum IndicatorSource
{
    /// <summary>A CBS figure in the store (e.g. share of low-income households); results fill themselves.</summary>
    Cbs = 0,

    /// <summary>A segregation index computed from the store; results fill themselves.</summary>
    Segregation = 1,

    /// <summary>Anything else: partners enter results with a source.</summary>
    Custom = 2,

    /// <summary>A measure over the partners' complexes (share of vulnerable lettings); results fill themselves from the uploads, year by year.</summary>
    Complexes = 3,
}
