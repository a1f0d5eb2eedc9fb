using Wijkmix.Simulation.Model;

namespace Wijkmix.Simulation.Results;

/// <summary>Turns the replicates of one variant into rows with bands: per buurt, wijk and gemeente, per year.</summary>
internal sealed class OutcomeBuilder(StartingPlan plan, string variant, IReadOnlyList<ReplicateResult> replicates)
{
    private readonly Input.MunicipalityFigures _f = plan.Figures;
    private readonly List<OutcomeRow> _rows = [];

    public List<OutcomeRow> Build()
    {
        var years = replicates[0].Years.Count;
        var level = _f.UnitLevel;
        var parents = _f.Units.Select(u => (u.ParentCode, u.ParentName)).Distinct().ToArray();
        for (var y = 0; y < years; y++)
        {
            var year = replicates[0].Years[y].Year;
            for (var u = 0; u < _f.Units.Count; u++)
            {
                var unit = u;
                Composition(year, level, _f.Units[u].Code, _f.Units[u].Name, y, i => i == unit);
                Add(year, "inflow", level, _f.Units[u].Code, _f.Units[u].Name, "vulnerable_lettings", y, s => s.VulnerableInflow[unit] / plan.Scale);
            }

            if (level != "wijk")
            {
                foreach (var (code, name) in parents)
                {
                    var members = _f.Units.Select((x, i) => (x, i)).Where(p => p.x.ParentCode == code).Select(p => p.i).ToHashSet();
                    Composition(year, "wijk", code, name, y, members.Contains);
                }
            }

            Composition(year, "gemeente", _f.Code, _f.Name, y, _ => true);
            Add(year, "segregation", "gemeente", _f.Code, _f.Name, "d_low_income", y, s => s.DissimilarityLowIncome);
            Add(year, "segregation", "gemeente", _f.Code, _f.Name, "d_lowest40", y, s => s.DissimilarityLowest40);
            Add(year, "segregation", "gemeente", _f.Code, _f.Name, "d_vulnerable", y, s => s.DissimilarityVulnerable);
            Add(year, "segregation", "gemeente", _f.Code, _f.Name, "d_outside_europe", y, s => s.DissimilarityOutsideEurope);
            Add(year, "segregation", "gemeente", _f.Code, _f.Name, "m_income", y, s => s.MutualInformationIncome);
            Add(year, "segregation", "gemeente", _f.Code, _f.Name, "m_between_wijken_share", y, s => s.BetweenParentsShare);
            Add(year, "concentration", "gemeente", _f.Code, _f.Name, "concentrated_complex_share", y, s => s.ConcentratedComplexShare);
            if (y > 0)
            {
                foreach (var group in Enum.GetValues<SeekerGroup>())
                {
                    var g = (int)group;
                    var id = GroupId(group);
                    Add(year - 1, "waiting", "gemeente", id, id, "registration_years", y, s => s.Groups[g].Lettings == 0 ? double.NaN : s.Groups[g].RegistrationMonths / s.Groups[g].Lettings / 12);
                    Add(year - 1, "waiting", "gemeente", id, id, "search_years", y, s => s.Groups[g].Lettings == 0 ? double.NaN : s.Groups[g].SearchMonths / s.Groups[g].Lettings / 12);
                    Add(year - 1, "waiting", "gemeente", id, id, "success_rate", y, s => s.Groups[g].Seekers == 0 ? double.NaN : (double)s.Groups[g].Lettings / s.Groups[g].Seekers);
                    Add(year - 1, "waiting", "gemeente", id, id, "lettings", y, s => s.Groups[g].Lettings / plan.Scale);
                }
            }
        }

        ComplexRows(replicates[0].Years[^1].Year);
        return _rows;
    }

    public static string GroupId(SeekerGroup group) => group switch
    {
        SeekerGroup.Regular => "regulier",
        SeekerGroup.LowIncome => "laag_inkomen",
        SeekerGroup.Urgent => "urgent",
        SeekerGroup.StatusHolder => "statushouder",
        SeekerGroup.CareLeaver => "uitstromer",
        SeekerGroup.Displaced => "herhuisvesting",
        _ => "nieuwkomer_zonder_werk",
    };

    private void Composition(int year, string level, string code, string name, int y, Func<int, bool> member)
    {
        double Sum(YearSnapshot s, float[] values)
        {
            double total = 0;
            for (var u = 0; u < values.Length; u++)
            {
                total += member(u) ? values[u] : 0;
            }

            return total;
        }

        double Share(YearSnapshot s, float[] part)
        {
            var households = Sum(s, s.Households);
            return households > 0 ? Sum(s, part) / households : double.NaN;
        }

        Add(year, "composition", level, code, name, "households", y, s => Sum(s, s.Households) / plan.Scale);
        Add(year, "composition", level, code, name, "vulnerable_share", y, s => Share(s, s.Vulnerable));
        Add(year, "composition", level, code, name, "low_income_share", y, s => Share(s, s.LowIncome));
        Add(year, "composition", level, code, name, "outside_europe_share", y, s => Share(s, s.OutsideEurope));
        Add(year, "composition", level, code, name, "mean_income", y, s =>
        {
            double total = 0, n = 0;
            for (var u = 0; u < s.MeanIncome.Length; u++)
            {
                if (member(u) && s.Households[u] > 0)
                {
                    total += s.MeanIncome[u] * s.Households[u];
                    n += s.Households[u];
                }
            }

            return n > 0 ? total / n : double.NaN;
        });
    }

    private void Add(int year, string section, string level, string code, string name, string measure, int y, Func<YearSnapshot, double> value)
    {
        var values = new double[replicates.Count];
        for (var r = 0; r < values.Length; r++)
        {
            values[r] = value(replicates[r].Years[y]);
        }

        _rows.Add(new OutcomeRow(variant, year, section, level, code, name, measure, Band.Of(values)));
    }

    /// <summary>
    /// Complexes are created in the same order in every replicate (only their residents differ), so each has a band;
    /// a partner's complex is reported under its own code and name.
    /// </summary>
    private void ComplexRows(int year)
    {
        var count = replicates.Min(r => r.FinalComplexShares.Length);
        for (var c = 0; c < count; c++)
        {
            var u = replicates[0].ComplexUnits[c];
            var band = Band.Of(replicates.Select(r => (double)r.FinalComplexShares[c]).ToArray());
            if (u < 0 || double.IsNaN(band.Median))
            {
                continue;
            }

            var (code, name) = replicates[0].PartnerComplexes.TryGetValue(c, out var p)
                ? (plan.Complexes[p].Figures.Code, plan.Complexes[p].Figures.Name)
                : ($"{_f.Units[u].Code}-C{c}", _f.Units[u].Name);
            _rows.Add(new OutcomeRow(variant, year, "concentration", "complex", code, name, "vulnerable_share", band));
        }
    }

    public List<FlowRow> Flows()
    {
        var keys = replicates.SelectMany(r => r.Flows.Keys).Distinct().OrderBy(k => k.From).ThenBy(k => k.To).ToArray();
        return keys.Select(k => new FlowRow(
            variant,
            _f.Units[k.From].Code,
            _f.Units[k.From].Name,
            k.To >= 0 ? _f.Units[k.To].Code : "",
            k.To >= 0 ? _f.Units[k.To].Name : "",
            Band.Of(replicates.Select(r => r.Flows.GetValueOrDefault(k) / plan.Scale).ToArray()))).ToList();
    }
}
