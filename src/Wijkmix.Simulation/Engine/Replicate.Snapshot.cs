using System.Globalization;
using Wijkmix.Segregation;
using Wijkmix.Simulation.Resources;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;

namespace Wijkmix.Simulation.Engine;

/// <summary>What a replicate records on 1 January: composition per unit, the segregation engine's indices, concentration in complexes.</summary>
internal sealed partial class Replicate
{
    /// <summary>A complex counts as concentrated when at least half its households are vulnerable (assumption, docs/simulatie.md).</summary>
    public const double ConcentrationThreshold = 0.5;

    private YearSnapshot Snapshot(int year, Ledger ledger)
    {
        var n = _w.UnitCount;
        var households = new float[n];
        var vulnerable = new float[n];
        var low = new float[n];
        var low40 = new float[n];
        var outside = new float[n];
        var income = new float[n];
        var byClass = new double[n, World.IncomeClassCount];
        int social = 0, vacantSocial = 0;
        var segments = new int[4];
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            var h = _w.DOccupant[d];
            if (_w.DActive[d] && _w.DSegment[d] == Segment.SocialRent)
            {
                social++;
                vacantSocial += h < 0 ? 1 : 0;
            }

            if (h < 0)
            {
                continue;
            }

            segments[(int)_w.DSegment[d]]++;
            var u = _w.DUnit[d];
            var c = _w.IncomeClass(h);
            households[u]++;
            vulnerable[u] += _w.IsVulnerable(h) ? 1 : 0;
            low[u] += c == 0 ? 1 : 0;
            low40[u] += c <= 1 ? 1 : 0;
            outside[u] += _w.HOrigin[h] == 2 ? 1 : 0;
            income[u] += _w.HIncome[h];
            byClass[u, c]++;
        }

        for (var u = 0; u < n; u++)
        {
            income[u] = households[u] > 0 ? income[u] / households[u] : float.NaN;
        }

        var (m, between) = IncomeSegregation(byClass);
        return new YearSnapshot
        {
            Year = year,
            Households = households,
            Vulnerable = vulnerable,
            LowIncome = low,
            OutsideEurope = outside,
            MeanIncome = income,
            DissimilarityLowIncome = TwoGroupD(households, low),
            DissimilarityLowest40 = TwoGroupD(households, low40),
            DissimilarityVulnerable = TwoGroupD(households, vulnerable),
            DissimilarityOutsideEurope = TwoGroupD(households, outside),
            MutualInformationIncome = m,
            BetweenParentsShare = between,
            ConcentratedComplexShare = ConcentratedShare(),
            VacantSocialShare = social == 0 ? double.NaN : (double)vacantSocial / social,
            Groups = _groups,
            Allocation = _allocation with { Lettings = _lettings, Entitled = _entitled, Exceptions = _exceptions },
            SegmentHouseholds = segments,
            VulnerableInflow = _vulnerableInflow,
            SpecialInflow = _specialInflow,
            SocialLettings = _socialLettings,
            Ledger = ledger,
        };
    }

    /// <summary>D of a group against the rest over the units that have households: ½ Σ |aᵢ/A − bᵢ/B|.</summary>
    private static double TwoGroupD(float[] total, float[] group)
    {
        double a = 0, b = 0;
        for (var u = 0; u < total.Length; u++)
        {
            a += group[u];
            b += total[u] - group[u];
        }

        if (a == 0 || b == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var u = 0; u < total.Length; u++)
        {
            sum += Math.Abs((group[u] / a) - ((total[u] - group[u]) / b));
        }

        return sum / 2;
    }

    /// <summary>Mutual information of the four income classes over the units, and the share of it between wijken (segregation engine).</summary>
    private (double M, double BetweenShare) IncomeSegregation(double[,] byClass)
    {
        var rows = new List<(string Unit, string Group, double Count)>();
        var parentOf = new List<string>();
        for (var u = 0; u < _w.UnitCount; u++)
        {
            double total = 0;
            for (var c = 0; c < World.IncomeClassCount; c++)
            {
                total += byClass[u, c];
            }

            if (total == 0)
            {
                continue;
            }

            for (var c = 0; c < World.IncomeClassCount; c++)
            {
                rows.Add((_w.UnitCodes[u], IncomeClassNames[c], byClass[u, c]));
            }

            parentOf.Add(_w.ParentCodes[_w.UnitParent[u]]);
        }

        try
        {
            var table = CountTable.FromLong(rows);
            var decomposition = Segregation.Segregation.Decompose(table, [("wijk", parentOf)], "buurt");
            return (decomposition.MutualInformation, decomposition.Components[0].Share);
        }
        catch (SegregationInputException)
        {
            return (double.NaN, double.NaN);
        }
    }

    // The groups' names in the segregation table of a snapshot: stable (Dutch) names, whatever the reader's language.
    internal static readonly string[] IncomeClassNames = [.. Enumerable.Range(0, World.IncomeClassCount)
        .Select(c => SimulationText.ResourceManager.GetString("IncomeClass" + c, CultureInfo.GetCultureInfo("nl"))!)];

    private double ConcentratedShare()
    {
        int counted = 0, concentrated = 0;
        for (var c = 0; c < _w.ComplexCount; c++)
        {
            if (_w.ComplexHouseholds[c] >= 10)
            {
                counted++;
                concentrated += _w.ComplexVulnerable[c] >= ConcentrationThreshold * _w.ComplexHouseholds[c] ? 1 : 0;
            }
        }

        return counted == 0 ? double.NaN : (double)concentrated / counted;
    }

    private float[] ComplexShares()
    {
        var shares = new float[_w.ComplexCount];
        for (var c = 0; c < shares.Length; c++)
        {
            shares[c] = _w.ComplexHouseholds[c] >= 10 ? (float)_w.ComplexVulnerable[c] / _w.ComplexHouseholds[c] : float.NaN;
        }

        return shares;
    }

    private int[] ComplexUnits()
    {
        var units = Enumerable.Repeat(-1, _w.ComplexCount).ToArray();
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            if (_w.DComplex[d] >= 0)
            {
                units[_w.DComplex[d]] = _w.DUnit[d];
            }
        }

        return units;
    }

    private Dictionary<(int From, int To), int> Flows()
    {
        var flows = new Dictionary<(int, int), int>();
        foreach (var (h, from) in _displacedOrigin)
        {
            var to = _w.HDwelling[h] >= 0 ? _w.DUnit[_w.HDwelling[h]] : -1;
            flows[(from, to)] = flows.GetValueOrDefault((from, to)) + 1;
        }

        return flows;
    }
}
