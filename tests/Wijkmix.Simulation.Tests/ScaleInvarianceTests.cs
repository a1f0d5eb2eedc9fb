using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;
using Xunit.Abstractions;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// Results do not depend on <c>schaal</c>: Amsterdam's real buurten (KWB 2019, with incomes per
/// buurt) at 10 %, 25 % and 100 % of the households over 15 years, several seeds each, agree within
/// the Monte Carlo error once the index is compared at the same number of households.
/// </summary>
[Collection(nameof(RealCities))]
public sealed class ScaleInvarianceTests(RealCities cities, ITestOutputHelper output)
{
    private const int Seeds = 4;
    private const int Years = 15;

    private static readonly double[] Scales = [0.1, 0.25, 1];

    private static ReplicateResult[] Run(MunicipalityFiguresHolder city, double scale)
    {
        var scenario = new Scenario("schaal", city.Figures.Code, 2025, Years, 3, scale, new MarketParameters(), new ScenarioVariant("Basis", []), []);
        var plan = StartingPlan.Fit(city.Figures, scale);
        var results = new ReplicateResult[Seeds];
        Parallel.For(0, Seeds, r => results[r] = Simulator.RunOne(scenario, plan, scenario.Baseline, r).Result);
        return results;
    }

    /// <summary>
    /// D of the low-income households against the rest in a random sample of <paramref name="share"/>
    /// of the households of each buurt (mean over draws): what a run at that scale should show if
    /// only the sample size differed. D grows as counts shrink, so a 10 % city is compared with 10 %
    /// samples of the full one.
    /// </summary>
    private static double SampledD(YearSnapshot s, double share) => SampledDSpread(s, share).Mean;

    private static (double Mean, double StandardDeviation) SampledDSpread(YearSnapshot s, double share, int draws = 20)
    {
        var random = new Random(17);
        var total = new float[s.Households.Length];
        var low = new float[s.Households.Length];
        var values = new double[draws];
        for (var k = 0; k < draws; k++)
        {
            for (var u = 0; u < low.Length; u++)
            {
                var (a, b) = (Thin((int)s.LowIncome[u]), Thin((int)(s.Households[u] - s.LowIncome[u])));
                (low[u], total[u]) = (a, a + b);
            }

            values[k] = D(total, low);
        }

        var (mean, standardError) = Spread(values);
        return (mean, standardError * Math.Sqrt(draws));

        int Thin(int n)
        {
            var x = 0;
            for (var i = 0; i < n; i++)
            {
                x += random.NextDouble() < share ? 1 : 0;
            }

            return x;
        }
    }

    private static double D(float[] total, float[] group)
    {
        double a = group.Sum(x => (double)x), b = total.Sum(x => (double)x) - a, sum = 0;
        for (var u = 0; u < total.Length; u++)
        {
            sum += Math.Abs((group[u] / a) - ((total[u] - group[u]) / b));
        }

        return sum / 2;
    }

    private static (double Mean, double StandardError) Spread(double[] values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        return (mean, sd / Math.Sqrt(values.Length));
    }

    [Fact]
    public void Run_TenTwentyFiveAndHundredPercent_AgreeWithinMonteCarloError()
    {
        var city = new MunicipalityFiguresHolder(cities.Amsterdam);
        var byScale = Scales.ToDictionary(s => s, s => Run(city, s));
        var full = byScale[1];
        var failures = new List<string>();
        foreach (var scale in Scales.Where(s => s < 1))
        {
            var measures = new (string Name, Func<ReplicateResult, double> Small, Func<ReplicateResult, double> Full)[]
            {
                ("D laag inkomen, jaar 15", r => r.Years[^1].DissimilarityLowIncome, r => SampledD(r.Years[^1], scale)),
                ("leegstand sociaal, jaar 1", r => r.Years[1].VacantSocialShare, r => r.Years[1].VacantSocialShare),
                ("leegstand sociaal, jaar 15", r => r.Years[^1].VacantSocialShare, r => r.Years[^1].VacantSocialShare),
            };
            foreach (var (name, small, fullValue) in measures)
            {
                var (a, b) = (Spread(byScale[scale].Select(small).ToArray()), Spread(full.Select(fullValue).ToArray()));
                var tolerance = Math.Max(4 * Math.Sqrt((a.StandardError * a.StandardError) + (b.StandardError * b.StandardError)), 0.002);
                var line = $"{scale:P0}, {name}: {a.Mean:N4} ± {a.StandardError:N4}; 100 % als steekproef van {scale:P0}: {b.Mean:N4} ± {b.StandardError:N4}; 100 % zelf {Spread(full.Select(small).ToArray()).Mean:N4}; marge {tolerance:N4}";
                output.WriteLine(line);
                if (Math.Abs(a.Mean - b.Mean) > tolerance)
                {
                    failures.Add(line);
                }
            }

            // The start is one sample of the whole city (the same for every seed): its D is one draw of the sampled D.
            var (start, startFull, startSample) = (byScale[scale][0].Years[0].DissimilarityLowIncome, full[0].Years[0].DissimilarityLowIncome, SampledDSpread(full[0].Years[0], scale));
            var startLine = $"{scale:P0}, D laag inkomen, start: {start:N4}; 100 %: {startFull:N4}; 100 % als steekproef van {scale:P0}: {startSample.Mean:N4} (sd {startSample.StandardDeviation:N4})";
            output.WriteLine(startLine);
            if (Math.Abs(start - startSample.Mean) > 4 * startSample.StandardDeviation)
            {
                failures.Add(startLine);
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Run_BelowFullScale_SaysTheIndicesRunHigher()
    {
        var scenario = new Scenario("schaal", cities.Utrecht.Code, 2025, 1, 3, 0.02, new MarketParameters(), new ScenarioVariant("Basis", []), []);

        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("nl-NL");
        try
        {
            var notes = Simulator.Run(scenario, cities.Utrecht, 1).Notes;

            Assert.Contains(notes, n => n.StartsWith("Schaal 2", StringComparison.Ordinal) && n.Contains(": D en de andere indices liggen hoger", StringComparison.Ordinal));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    private sealed record MunicipalityFiguresHolder(Input.MunicipalityFigures Figures);
}
