using System.Numerics;

namespace Wijkmix.Workspace.Tests.PartnerData;

/// <summary>An exact rational number, always in lowest terms with a positive denominator.</summary>
internal readonly record struct Fraction
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator) * denominator.Sign;
        Numerator = numerator / gcd;
        Denominator = denominator / gcd;
    }

    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }
    public int Sign => Numerator.Sign;

    public static implicit operator Fraction(long value) => new(value, 1);
    public static Fraction operator +(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);
    public static Fraction operator -(Fraction a, Fraction b) => a + -b;
    public static Fraction operator -(Fraction a) => new(-a.Numerator, a.Denominator);
    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    public static bool operator <(Fraction a, Fraction b) => (a - b).Sign < 0;
    public static bool operator >(Fraction a, Fraction b) => (a - b).Sign > 0;
    public static bool operator <=(Fraction a, Fraction b) => (a - b).Sign <= 0;
    public static bool operator >=(Fraction a, Fraction b) => (a - b).Sign >= 0;
    public override string ToString() => Denominator.IsOne ? $"{Numerator}" : $"{Numerator}/{Denominator}";
}

/// <summary>
/// Minimises c·x subject to A x = b, x ≥ 0, exactly: a dense two-phase tableau simplex with Bland's rule
/// (smallest entering index, ties in the ratio test to the smallest basic index), so it cannot cycle.
/// </summary>
internal static class ExactLinearProgram
{
    public enum Outcome { Optimal, Unbounded, Infeasible }

    public static (Outcome Outcome, Fraction Value) Minimise(Fraction[][] a, Fraction[] b, Fraction[] cost)
    {
        int m = a.Length, n = cost.Length, rhs = n + m;
        var t = new Fraction[m][];
        var basis = new int[m];
        for (var i = 0; i < m; i++)
        {
            var sign = b[i].Sign < 0 ? -1 : 1;
            t[i] = new Fraction[rhs + 1];
            for (var j = 0; j <= rhs; j++)
            {
                t[i][j] = j < n ? a[i][j] * sign : j == rhs ? b[i] * sign : (j - n == i ? 1 : 0);
            }

            basis[i] = n + i;
        }

        var phaseOne = Enumerable.Range(0, rhs).Select(j => (Fraction)(j < n ? 0 : 1)).ToArray();
        Run(t, basis, phaseOne, rhs);
        if (Objective(t, basis, phaseOne, rhs).Sign > 0)
        {
            return (Outcome.Infeasible, 0);
        }

        for (var i = 0; i < m; i++)
        {
            if (basis[i] >= n)
            {
                var j = Array.FindIndex(t[i], 0, n, v => v.Sign != 0);
                if (j >= 0)
                {
                    Pivot(t, basis, i, j);
                }
                else
                {
                    basis[i] = -1; // a redundant equation: its row is zero on every real variable
                }
            }
        }

        var phaseTwo = Enumerable.Range(0, rhs).Select(j => j < n ? cost[j] : 0).ToArray();
        return Run(t, basis, phaseTwo, n) ? (Outcome.Optimal, Objective(t, basis, phaseTwo, rhs)) : (Outcome.Unbounded, 0);
    }

    /// <summary>Pivots until optimal (true) or unbounded (false); only columns below <paramref name="columns"/> may enter.</summary>
    private static bool Run(Fraction[][] t, int[] basis, Fraction[] cost, int columns)
    {
        var rhs = t[0].Length - 1;
        while (true)
        {
            var entering = Enumerable.Range(0, columns).Where(j => !basis.Contains(j))
                .FirstOrDefault(j => ReducedCost(t, basis, cost, j).Sign < 0, -1);
            if (entering < 0)
            {
                return true;
            }

            var leaving = -1;
            for (var i = 0; i < t.Length; i++)
            {
                if (basis[i] < 0 || t[i][entering].Sign <= 0)
                {
                    continue;
                }

                var ratio = t[i][rhs] / t[i][entering];
                var best = leaving < 0 ? ratio : t[leaving][rhs] / t[leaving][entering];
                if (leaving < 0 || ratio < best || (ratio == best && basis[i] < basis[leaving]))
                {
                    leaving = i;
                }
            }

            if (leaving < 0)
            {
                return false;
            }

            Pivot(t, basis, leaving, entering);
        }
    }

    private static Fraction ReducedCost(Fraction[][] t, int[] basis, Fraction[] cost, int j) =>
        Enumerable.Range(0, t.Length).Where(i => basis[i] >= 0).Aggregate(cost[j], (r, i) => r - (cost[basis[i]] * t[i][j]));

    private static Fraction Objective(Fraction[][] t, int[] basis, Fraction[] cost, int rhs) =>
        Enumerable.Range(0, t.Length).Where(i => basis[i] >= 0).Aggregate((Fraction)0, (s, i) => s + (cost[basis[i]] * t[i][rhs]));

    private static void Pivot(Fraction[][] t, int[] basis, int row, int column)
    {
        var pivot = t[row][column];
        t[row] = [.. t[row].Select(v => v / pivot)];
        for (var i = 0; i < t.Length; i++)
        {
            if (i != row && t[i][column].Sign != 0)
            {
                var factor = t[i][column];
                t[i] = [.. t[i].Select((v, j) => v - (factor * t[row][j]))];
            }
        }

        basis[row] = column;
    }
}
