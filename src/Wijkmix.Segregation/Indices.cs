namespace Wijkmix.Segregation;

/// <summary>Indices for any number of groups (with two groups D, Gini and H are the classic two-group indices).</summary>
/// <param name="Dissimilarity">Multigroup D (Reardon and Firebaugh 2002); 0 = even, 1 = complete separation.</param>
/// <param name="Gini">Multigroup Gini (Reardon and Firebaugh 2002).</param>
/// <param name="Theil">Theil's information theory index H = M / E (Theil and Finizza 1971); base-free, 0–1.</param>
/// <param name="MutualInformation">Mutual information M (Theil 1971; Mora and Ruiz-Castillo 2011) in <paramref name="LogBase"/>.</param>
/// <param name="Entropy">Entropy E of the overall group shares, in <paramref name="LogBase"/>.</param>
/// <param name="NormalizedExposure">Normalised exposure P (James 1986; Reardon and Firebaugh 2002).</param>
/// <param name="RelativeDiversity">Relative diversity R (Carlson 1992; Reardon and Firebaugh 2002).</param>
public sealed record MultigroupIndices(
    double Dissimilarity,
    double Gini,
    double Theil,
    double MutualInformation,
    double Entropy,
    double NormalizedExposure,
    double RelativeDiversity,
    double LogBase);

/// <summary>Indices of one group against a reference (the rest, or one other group), Massey and Denton (1988).</summary>
/// <param name="Reference">"rest", or the other group of a pairwise comparison.</param>
/// <param name="Isolation">xPx: the share of the group in the unit of an average member.</param>
/// <param name="Exposure">xPy: the share of the reference in the unit of an average member.</param>
/// <param name="CorrelationRatio">eta² = (xPx − P) / (1 − P).</param>
public sealed record TwoGroupIndices(
    string Group,
    string Reference,
    double Dissimilarity,
    double Gini,
    double Theil,
    double Isolation,
    double Exposure,
    double CorrelationRatio,
    double Atkinson01,
    double Atkinson05,
    double Atkinson09);

/// <summary>One unit's place in the mix.</summary>
/// <param name="Weight">p_u: the unit's share of the population.</param>
/// <param name="LocalSegregation">ls_u: divergence of the unit's group shares from the reference (city, or its parent); p_u × ls_u sums to M.</param>
/// <param name="Entropy">Local entropy of the unit's group shares, in the log base asked for.</param>
/// <param name="LocationQuotients">π_ug / π_g per group: above 1 the group is over-represented.</param>
public sealed record LocalMeasure(string Unit, double Weight, double LocalSegregation, double Entropy, IReadOnlyList<double> LocationQuotients)
{
    /// <summary>The unit's contribution to M: p_u × ls_u.</summary>
    public double Contribution => Weight * LocalSegregation;
}

/// <summary>One level's part of M and H: between the units at this level inside each parent, weighted by the parent's share.</summary>
public sealed record ScaleComponent(string Level, double MutualInformation, double Theil, double Share);

/// <summary>M and H of the finest units split exactly over the levels above them.</summary>
public sealed record ScaleDecomposition(double MutualInformation, double Theil, IReadOnlyList<ScaleComponent> Components);

/// <summary>Each group's part of M: M = Σ_g P_g ls_g.</summary>
public sealed record GroupComponent(string Group, double Share, double LocalSegregation, double Contribution);

/// <summary>The aspatial suite: all groups together, and each group against the rest.</summary>
public sealed record IndexSuite(MultigroupIndices Multigroup, IReadOnlyList<TwoGroupIndices> GroupsAgainstRest);
