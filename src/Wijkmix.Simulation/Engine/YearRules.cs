using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Rules;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Engine;

/// <summary>The allocation rules in force in one year, resolved per unit from the variant's instruments.</summary>
internal sealed class YearRules
{
    public required RuleYear Law { get; init; }

    public double FreeRoom { get; set; }

    public double PassendMinimumShare { get; set; } = RuleBook.PassendMinimumShare;

    public required double[] PassendMargin { get; init; }
    public required bool[] SizeLabels { get; init; }
    public required double[] Lottery { get; init; }
    public required double[] LocalBinding { get; init; }
    public required double[] CoSelection { get; init; }
    public required double[] ComplexCap { get; init; }
    public required bool[] Article8 { get; init; }
    public required double[] Article9 { get; init; }
    public required double[] Article10 { get; init; }
    public required bool[] HuurOpMaat { get; init; }

    /// <summary>Direct placement of special groups, or null when they queue as urgent households.</summary>
    public DirectPlacement? Placement { get; set; }

    public bool[] PlacementUnits { get; set; } = [];

    public static YearRules Resolve(int year, IReadOnlyList<Instrument> instruments, AreaIndex areas, MarketParameters market)
    {
        var n = areas.UnitCount;
        var rules = new YearRules
        {
            Law = RuleBook.For(year, market.Indexation),
            FreeRoom = market.FreeRoom,
            PassendMargin = new double[n],
            SizeLabels = new bool[n],
            Lottery = Enumerable.Repeat(market.LotteryShare, n).ToArray(),
            LocalBinding = new double[n],
            CoSelection = new double[n],
            ComplexCap = Enumerable.Repeat(1.0, n).ToArray(),
            Article8 = new bool[n],
            Article9 = new double[n],
            Article10 = new double[n],
            HuurOpMaat = new bool[n],
        };
        foreach (var instrument in instruments.Where(i => i.ActiveIn(year)))
        {
            var units = areas.Units(instrument.Areas);
            switch (instrument)
            {
                case PassendToewijzen p:
                    rules.PassendMinimumShare = Math.Max(rules.PassendMinimumShare, p.MinimumShare);
                    Set(rules.PassendMargin, units, p.IncomeMargin);
                    break;
                case FreeRoom f:
                    rules.FreeRoom = f.Share;
                    break;
                case Scenarios.SizeLabels:
                    Set(rules.SizeLabels, units, true);
                    break;
                case Scenarios.Lottery l:
                    Set(rules.Lottery, units, l.Share);
                    break;
                case Scenarios.LocalBinding b:
                    Set(rules.LocalBinding, units, b.Share);
                    break;
                case Scenarios.CoSelection c:
                    Set(rules.CoSelection, units, c.Share);
                    break;
                case Scenarios.ComplexCap c:
                    Set(rules.ComplexCap, units, c.MaxVulnerableShare);
                    break;
                case Rotterdamwet r:
                    Set(rules.Article8, units, r.Article8);
                    Set(rules.Article9, units, r.Article9Share);
                    Set(rules.Article10, units, r.Article10RefusalRate);
                    break;
                case Scenarios.HuurOpMaat:
                    Set(rules.HuurOpMaat, units, true);
                    break;
                case DirectPlacement d:
                    rules.Placement = d;
                    rules.PlacementUnits = new bool[n];
                    Set(rules.PlacementUnits, units, true);
                    break;
                default:
                    break;
            }
        }

        return rules;
    }

    private static void Set<T>(T[] values, IReadOnlyList<int> units, T value)
    {
        foreach (var u in units)
        {
            values[u] = value;
        }
    }
}

/// <summary>Resolves scenario area codes (buurt, wijk or the gemeente itself) to unit indices.</summary>
internal sealed class AreaIndex(string[] unitCodes, int[] unitParent, string[] parentCodes, string municipality)
{
    public int UnitCount => unitCodes.Length;

    public IReadOnlyList<int> Units(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0)
        {
            return Enumerable.Range(0, UnitCount).ToArray();
        }

        var result = new List<int>();
        for (var u = 0; u < UnitCount; u++)
        {
            if (codes.Any(c => c == unitCodes[u] || c == parentCodes[unitParent[u]] || c == municipality))
            {
                result.Add(u);
            }
        }

        return result;
    }

    public bool Knows(string code) =>
        code == municipality || unitCodes.Contains(code, StringComparer.Ordinal) || parentCodes.Contains(code, StringComparer.Ordinal);

    public static AreaIndex Of(World world, string municipality) => new(world.UnitCodes, world.UnitParent, world.ParentCodes, municipality);
}
