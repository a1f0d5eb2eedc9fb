using System.Globalization;
using Wijkmix.Core.Variables;

namespace Wijkmix.Monitor.Indicators;

/// <summary>One group of a grouping: its stable id and the count variable behind it, or the remainder of a total.</summary>
/// <param name="Variable">The count variable; null for a remainder group.</param>
/// <param name="RemainderOf">For a remainder group: the total the other groups are subtracted from.</param>
public sealed record GroupDefinition(string Id, string NameNl, string NameEn, string? Variable, string? RemainderOf = null)
{
    public string Name => VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture) ? NameEn : NameNl;
}

/// <summary>A way to split the population into groups for segregation measures, from published counts.</summary>
public sealed record Grouping(string Id, string NameNl, string NameEn, IReadOnlyList<GroupDefinition> Groups)
{
    public string Name => VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture) ? NameEn : NameNl;

    public IEnumerable<string> Variables => Groups.SelectMany(g => new[] { g.Variable, g.RemainderOf }).OfType<string>().Distinct();

    /// <summary>Every grouping, as <c>groupings.csv</c> lists them.</summary>
    public static IReadOnlyList<Grouping> All { get; } = CatalogueCsv.Read(typeof(Grouping).Assembly, "Wijkmix.Monitor.groupings.csv")
        .GroupBy(r => (Id: r["grouping"], Nl: r["grouping_nl"], En: r["grouping_en"]))
        .Select(g => new Grouping(g.Key.Id, g.Key.Nl, g.Key.En, g.Select(r => new GroupDefinition(
            r["group"], r["group_nl"], r["group_en"], r["variable"] is { Length: > 0 } v ? v : null, r["remainder_of"] is { Length: > 0 } t ? t : null)).ToList()))
        .ToList();

    public static Grouping? Find(string id) => All.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
}
