namespace Wijkmix.Simulation.Model;

/// <summary>
/// Gross household incomes (euro per year) that separate the four income classes the KWB figures
/// describe: below the CBS low-income line, the rest of the national lowest 40 %, the middle, and
/// the highest 20 %. CBS publishes the classes, not their bounds in gross income; the bounds are
/// an assumption at 2024 prices (docs/simulatie.md), indexed with the other figures.
/// </summary>
public sealed record IncomeBands(float LowIncomeLine, float Lowest40, float Highest20)
{
    public static IncomeBands Start { get; } = new(22_000, 38_000, 90_000);

    /// <summary>Lower and upper income of each class, for drawing an income within it.</summary>
    public (float Low, float High) Range(int incomeClass) => incomeClass switch
    {
        0 => (LowIncomeLine * 0.55f, LowIncomeLine),
        1 => (LowIncomeLine, Lowest40),
        2 => (Lowest40, Highest20),
        _ => (Highest20, Highest20 * 2.2f),
    };

    public byte ClassOf(float income) =>
        income < LowIncomeLine ? (byte)0 : income < Lowest40 ? (byte)1 : income < Highest20 ? (byte)2 : (byte)3;

    public IncomeBands Indexed(double factor) =>
        new((float)(LowIncomeLine * factor), (float)(Lowest40 * factor), (float)(Highest20 * factor));
}
