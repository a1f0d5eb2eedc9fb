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

    public static IReadOnlyList<Grouping> All { get; } =
    [
        new("education", "opleidingsniveau", "education level",
        [
            new("low", "laag", "low", "education_low"),
            new("middle", "middelbaar", "middle", "education_middle"),
            new("high", "hoog", "high", "education_high"),
        ]),
        new("migration", "migratieachtergrond (oude indeling)", "migration background (old classification)",
        [
            new("non_western", "niet-westers", "non-Western", "migration_non_western"),
            new("western", "westers", "Western", "migration_western"),
            new("dutch", "Nederlands (rest)", "Dutch (remainder)", null, "inhabitants"),
        ]),
        new("origin", "herkomst (nieuwe indeling)", "origin (new classification)",
        [
            new("outside_europe", "buiten Europa", "outside Europe", "origin_outside_europe"),
            new("europe", "Europa (excl. NL)", "Europe (excl. NL)", "origin_europe"),
            new("netherlands", "Nederland", "the Netherlands", "origin_dutch"),
        ]),
        new("age", "leeftijd", "age",
        [
            new("0_14", "0–14", "0–14", "age_0_14"),
            new("15_24", "15–24", "15–24", "age_15_24"),
            new("25_44", "25–44", "25–44", "age_25_44"),
            new("45_64", "45–64", "45–64", "age_45_64"),
            new("65_plus", "65+", "65+", "age_65_plus"),
        ]),
        new("household", "huishoudtype", "household type",
        [
            new("one_person", "eenpersoons", "one person", "households_one_person"),
            new("without_children", "zonder kinderen", "without children", "households_without_children"),
            new("with_children", "met kinderen", "with children", "households_with_children"),
        ]),
    ];

    public static Grouping? Find(string id) => All.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
}
