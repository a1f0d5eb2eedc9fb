using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Calibration;

/// <summary>
/// A behavioural parameter the calibration may move (by its scenario name), its bounds, and the
/// observed quantity that identifies it: a knob is fitted only where its quantity has a target.
/// </summary>
internal sealed record CalibrationKnob(string Name, double Low, double High, bool Logarithmic, string Quantity, Func<MarketParameters, double> Get, Func<MarketParameters, double, MarketParameters> Set)
{
    public double ToUnit(double value)
    {
        var v = Math.Clamp(value, Low, High);
        return Logarithmic ? Math.Log(v / Low) / Math.Log(High / Low) : (v - Low) / (High - Low);
    }

    public double FromUnit(double x)
    {
        var u = Math.Clamp(x, 0, 1);
        return Logarithmic ? Low * Math.Pow(High / Low, u) : Low + (u * (High - Low));
    }
}

internal static class CalibrationKnobs
{
    /// <summary>The unsourced parameters of <see cref="MarketParameters"/> and what each is fitted to.</summary>
    public static readonly IReadOnlyList<CalibrationKnob> All =
    [
        new("mutatiegraad_sociale_huur", 0.02, 0.12, false, CalibrationMeasures.LettingsPerStock, m => m.TurnoverSocial, (m, v) => m with { TurnoverSocial = v }),
        new("opgeven", 0.005, 0.8, true, CalibrationMeasures.RegistrationYears, m => m.GiveUpRate, (m, v) => m with { GiveUpRate = v }),
        new("nieuwe_zoekers", 0.02, 0.8, true, CalibrationMeasures.SuccessRate, m => m.NewSeekerRate, (m, v) => m with { NewSeekerRate = v }),
        new("inschrijving_voor_zoeken_jaren", 0, 15, false, CalibrationMeasures.SearchYears, m => m.RegistrationHeadStartYears, (m, v) => m with { RegistrationHeadStartYears = v }),
        new("urgenten_aandeel", 0.005, 0.8, true, CalibrationMeasures.PriorityShare, m => m.UrgentShare, (m, v) => m with { UrgentShare = v }),
        new("statushouders_aandeel", 0.005, 0.4, true, CalibrationMeasures.StatusHolderShare, m => m.StatusHolderShare, (m, v) => m with { StatusHolderShare = v }),
        new("reactiekans", 0.002, 1, true, CalibrationMeasures.ReactionsPerAdvert, m => m.ReactionRate, (m, v) => m with { ReactionRate = v }),
        new("aanvaarding", -4, 4, false, CalibrationMeasures.CandidateNumber, m => m.AcceptanceIntercept, (m, v) => m with { AcceptanceIntercept = v }),
    ];

    public static CalibrationKnob? Named(string name) => All.FirstOrDefault(k => k.Name == name);
}
