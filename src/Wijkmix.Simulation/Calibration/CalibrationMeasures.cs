using Wijkmix.Simulation.Results;

namespace Wijkmix.Simulation.Calibration;

/// <summary>
/// The calibration quantities as the engine measures them, over a replicate's recorded years
/// (docs/simulatie.md, "Kalibratie en inloop"): the same definitions as DOMAIN A12's figures.
/// </summary>
public static class CalibrationMeasures
{
    public const string LettingsPerStock = "verhuringen_per_voorraad";
    public const string RegistrationYears = "inschrijfduur_jaren";
    public const string SearchYears = "zoektijd_jaren";
    public const string SuccessRate = "slaagkans";
    public const string PriorityShare = "aandeel_bemiddeling_urgentie";
    public const string StatusHolderShare = "aandeel_statushouders";
    public const string PassendShare = "aandeel_passend";
    public const string ReactionsPerAdvert = "reacties_per_advertentie";
    public const string CandidateNumber = "kandidaatnummer";

    public static IReadOnlyList<string> Quantities { get; } =
        [LettingsPerStock, RegistrationYears, SearchYears, SuccessRate, PriorityShare, StatusHolderShare, PassendShare, ReactionsPerAdvert, CandidateNumber];

    private static readonly int Regular = (int)SeekerGroup.Regular;

    /// <summary>Quantity <paramref name="quantity"/> of one replicate: a ratio of sums over its recorded years.</summary>
    internal static double Of(string quantity, ReplicateResult r) => quantity switch
    {
        LettingsPerStock => Summary.Mean(r, s => s.Allocation.Lettings, s => s.Allocation.SocialDwellings),
        RegistrationYears => Summary.Mean(r, s => s.Groups[Regular].RegistrationMonths / 12, s => s.Groups[Regular].Lettings),
        SearchYears => Summary.Mean(r, s => s.Groups[Regular].SearchMonths / 12, s => s.Groups[Regular].Lettings),
        SuccessRate => Summary.Mean(r, s => s.Groups[Regular].Lettings, s => s.Groups[Regular].Seekers),
        PriorityShare => Summary.Mean(r, s => s.Allocation.Lettings - s.Groups[Regular].Lettings, s => s.Allocation.Lettings),
        StatusHolderShare => Summary.Mean(r, s => s.Groups[(int)SeekerGroup.StatusHolder].Lettings, s => s.Allocation.Lettings),
        PassendShare => 1 - Summary.Mean(r, s => s.Allocation.Exceptions, s => s.Allocation.Entitled),
        ReactionsPerAdvert => Summary.Mean(r, s => s.Allocation.Reactions, s => s.Allocation.Adverts),
        CandidateNumber => Summary.Mean(r, s => s.Allocation.CandidateNumbers, s => s.Allocation.QueueLettings),
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, null),
    };

    /// <summary>The quantity over replicates: its band.</summary>
    internal static Band Of(string quantity, IReadOnlyList<ReplicateResult> replicates) =>
        Band.Of(replicates.Select(r => Of(quantity, r)).ToArray());
}
