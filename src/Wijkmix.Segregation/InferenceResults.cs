namespace Wijkmix.Segregation;

/// <summary>A bootstrap estimate: the observed value, its standard error, a percentile interval and the bias-corrected value.</summary>
public sealed record Estimate(double Value, double StandardError, double Lower, double Upper, double BiasCorrected);

/// <summary>The value a city with the same unit sizes and group totals would show by chance, and how far the observed value lies above it.</summary>
/// <param name="PValue">(1 + replicates at or above the observed value) / (1 + replicates).</param>
public sealed record ChanceComparison(double Observed, double Expected, double Excess, double PValue);

/// <summary>Uncertainty of the main indices.</summary>
/// <param name="SmallUnits">Units with fewer people than the minimum: their local figures are too noisy to judge.</param>
public sealed record InferenceResult(
    int Replicates,
    int Seed,
    double Confidence,
    Estimate MutualInformation,
    Estimate Theil,
    Estimate Dissimilarity,
    ChanceComparison MutualInformationByChance,
    ChanceComparison DissimilarityByChance,
    IReadOnlyList<string> SmallUnits);

/// <summary>Which simulations <see cref="Inference.Run(CountTable, InferenceOptions)"/> runs.</summary>
[Flags]
public enum InferenceParts
{
    None = 0,

    /// <summary>Multinomial bootstrap of the whole table: standard errors and intervals.</summary>
    Bootstrap = 1,

    /// <summary>Random allocation (each unit keeps its size): the value expected by chance.</summary>
    Null = 2,

    All = Bootstrap | Null,
}

/// <summary>What <see cref="Inference.Run(CountTable, InferenceOptions)"/> computes, and how.</summary>
public sealed record InferenceOptions
{
    public int Replicates { get; init; } = 1000;

    /// <summary>Replicate r draws from a generator seeded by (seed, r).</summary>
    public int Seed { get; init; } = 1;

    public double Confidence { get; init; } = 0.95;

    public double MinimumUnitSize { get; init; } = 50;

    /// <summary>Applies to M (H is base-free).</summary>
    public double LogBase { get; init; } = Math.E;

    public InferenceParts Parts { get; init; } = InferenceParts.All;

    /// <summary>With levels (as for <see cref="Segregation.Decompose"/>) the scale decomposition is bootstrapped too.</summary>
    public IReadOnlyList<(string Level, IReadOnlyList<string> AncestorOf)>? Levels { get; init; }

    /// <summary>The name of the finest level in the decomposition's labels.</summary>
    public string UnitLevel { get; init; } = "unit";

    /// <summary>
    /// Bootstrap every unit's local segregation and contribution (as <see cref="Segregation.Local"/>).
    /// Keeps two numbers per unit per replicate until the end: 224 MB for 14 000 units × 1 000 replicates.
    /// </summary>
    public bool Local { get; init; }

    /// <summary>With <see cref="Local"/>: each unit's parent, to measure it against its parent instead of the city.</summary>
    public IReadOnlyList<string>? LocalParentOf { get; init; }

    /// <summary>Cores to use (-1: all). Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}

/// <summary>
/// The results of <see cref="Inference.Run(CountTable, InferenceOptions)"/>: bootstrap estimates are
/// null without <see cref="InferenceParts.Bootstrap"/>, the chance comparisons without
/// <see cref="InferenceParts.Null"/>, the decomposition without levels and the local estimates
/// unless asked for.
/// </summary>
public sealed record InferenceEstimates(
    InferenceOptions Options,
    Estimate? MutualInformation,
    Estimate? Theil,
    Estimate? Dissimilarity,
    ChanceComparison? MutualInformationByChance,
    ChanceComparison? DissimilarityByChance,
    ScaleEstimates? Decomposition,
    IReadOnlyList<LocalEstimate>? Local,
    IReadOnlyList<string> SmallUnits);

/// <summary>The bootstrap of <see cref="Segregation.Decompose"/>: the total and each level's part, in the same order.</summary>
public sealed record ScaleEstimates(Estimate MutualInformation, Estimate Theil, IReadOnlyList<ScaleComponentEstimate> Components);

/// <summary>One level's part of M and H, as <see cref="ScaleComponent"/>.</summary>
public sealed record ScaleComponentEstimate(string Level, Estimate MutualInformation, Estimate Theil);

/// <summary>
/// The bootstrap of one unit's <see cref="LocalMeasure"/>. Replicates in which the unit drew
/// nobody leave its local segregation undefined and are left out of that estimate; its
/// contribution is then 0.
/// </summary>
public sealed record LocalEstimate(string Unit, Estimate LocalSegregation, Estimate Contribution);
