namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// A split of one count column into categories in a partner template, e.g. households by income class:
/// in every row the <see cref="Parts"/> add up to <see cref="Total"/> exactly.
/// </summary>
/// <param name="Name">Short name of the split (<c>inkomen</c>, <c>route</c>); the label is <c>Category_{Name}</c> in the texts.</param>
/// <param name="Total">The count column the parts add up to.</param>
/// <param name="Parts">The count columns of the categories, in the order shown.</param>
public sealed record CategorySet(string Name, string Total, IReadOnlyList<string> Parts);
