namespace Wijkmix.Simulation.Model;

/// <summary>Housing segment of a dwelling.</summary>
public enum Segment : byte
{
    SocialRent,
    MidRent,
    PrivateRent,
    Owner,
}

/// <summary>Characteristics of a household that matter to allocation rules and outputs.</summary>
[Flags]
public enum HouseholdTraits : ushort
{
    None = 0,
    CareLeaver = 1,
    StatusHolder = 2,
    Urgent = 4,
    Employed = 8,
    LocalBinding = 16,
    Displaced = 32,
    Senior = 64,
    Young = 128,

    /// <summary>Registered and actively searching (in a queue); a housed household with it is a doorstromer.</summary>
    Searching = 256,

    /// <summary>Temporarily relocated during a renovation of its dwelling.</summary>
    Away = 512,
}

/// <summary>Where a household is.</summary>
public enum HouseholdState : byte
{
    Housed,
    Seeking,
    Left,
}

/// <summary>
/// The simulated city as parallel arrays (struct of arrays: a 470,000-household city is walked
/// every year, so the hot fields sit contiguously). A demolished dwelling is marked inactive; a
/// household that left keeps state <see cref="HouseholdState.Left"/> until the engine hands its slot
/// back (<see cref="Release"/>) for a new household, so the arrays stay the size of the city.
/// </summary>
internal sealed class World
{
    public const byte IncomeClassCount = 4;
    public const byte OriginCount = 3;

    // Units (buurten) and their parents (wijken).
    public required string[] UnitCodes { get; init; }
    public required string[] UnitNames { get; init; }
    public required int[] UnitParent { get; init; }
    public required string[] ParentCodes { get; init; }
    public required string[] ParentNames { get; init; }

    /// <summary>Rank of the unit's mean WOZ value among the units, 0 (cheapest) to 1.</summary>
    public required double[] UnitPriceRank { get; init; }

    public int UnitCount => UnitCodes.Length;

    // Dwellings.
    public int DwellingCount;
    public int[] DUnit = [];
    public int[] DComplex = [];
    public Segment[] DSegment = [];
    public float[] DRent = [];
    public byte[] DRooms = [];
    public int[] DOccupant = [];
    public bool[] DActive = [];
    public bool[] DSpecial = [];
    public int ComplexCount;

    /// <summary>The complexes that are a partner's (world complex → index in <see cref="StartingPlan.Complexes"/>); the rest are synthetic.</summary>
    public Dictionary<int, int> PartnerComplexes { get; } = [];

    // Households.
    public int HouseholdCount;
    public byte[] HSize = [];
    public float[] HIncome = [];
    public byte[] HOrigin = [];
    public HouseholdTraits[] HFlags = [];
    public int[] HRegistered = [];
    public int[] HArrived = [];
    public int[] HSeekSince = [];
    public int[] HDwelling = [];
    public HouseholdState[] HState = [];

    /// <summary>The unit a displaced household had to leave (for flows and right of return), else -1.</summary>
    public int[] HDisplacedFrom = [];

    // Live counts per unit and complex, kept by Occupy/Vacate.
    public int[] UnitHouseholds = [];
    public int[] UnitVulnerable = [];
    public int[] UnitByOrigin = [];
    public int[] ComplexHouseholds = [];
    public int[] ComplexVulnerable = [];
    public int[] ComplexSize = [];

    /// <summary>Income class of a household: 0 below the CBS low-income line, 1 rest of the lowest 40 %, 2 middle, 3 highest 20 %.</summary>
    public IncomeBands Bands { get; set; } = IncomeBands.Start;

    public byte IncomeClass(int h) => Bands.ClassOf(HIncome[h]);

    public bool IsVulnerable(int h) =>
        IncomeClass(h) == 0 || (HFlags[h] & (HouseholdTraits.CareLeaver | HouseholdTraits.StatusHolder)) != 0;

    public int AddDwelling(int unit, int complex, Segment segment, float rent, byte rooms, bool special = false)
    {
        if (DwellingCount == DUnit.Length)
        {
            var n = Math.Max(16, DwellingCount * 2);
            Array.Resize(ref DUnit, n);
            Array.Resize(ref DComplex, n);
            Array.Resize(ref DSegment, n);
            Array.Resize(ref DRent, n);
            Array.Resize(ref DRooms, n);
            Array.Resize(ref DOccupant, n);
            Array.Resize(ref DActive, n);
            Array.Resize(ref DSpecial, n);
        }

        var d = DwellingCount++;
        DUnit[d] = unit;
        DComplex[d] = complex;
        DSegment[d] = segment;
        DRent[d] = rent;
        DRooms[d] = rooms;
        DOccupant[d] = -1;
        DActive[d] = true;
        DSpecial[d] = special;
        if (complex >= 0)
        {
            ComplexSize[complex]++;
        }

        return d;
    }

    public int NewComplex()
    {
        if (ComplexCount == ComplexSize.Length)
        {
            var n = Math.Max(16, ComplexCount * 2);
            Array.Resize(ref ComplexSize, n);
            Array.Resize(ref ComplexHouseholds, n);
            Array.Resize(ref ComplexVulnerable, n);
        }

        return ComplexCount++;
    }

    private readonly Stack<int> _freeSlots = new();

    /// <summary>Slots of departed households that nothing refers to any more, reused by <see cref="AddHousehold"/>.</summary>
    public void Release(List<int> departed)
    {
        for (var k = departed.Count - 1; k >= 0; k--)
        {
            System.Diagnostics.Debug.Assert(HState[departed[k]] == HouseholdState.Left, "only a departed household's slot is reused");
            _freeSlots.Push(departed[k]);
        }

        departed.Clear();
    }

    public int AddHousehold(byte size, float income, byte origin, HouseholdTraits flags, int registered, int arrived)
    {
        if (_freeSlots.TryPop(out var slot))
        {
            return SetHousehold(slot, size, income, origin, flags, registered, arrived);
        }

        if (HouseholdCount == HSize.Length)
        {
            var n = Math.Max(16, HouseholdCount * 2);
            Array.Resize(ref HSize, n);
            Array.Resize(ref HIncome, n);
            Array.Resize(ref HOrigin, n);
            Array.Resize(ref HFlags, n);
            Array.Resize(ref HRegistered, n);
            Array.Resize(ref HArrived, n);
            Array.Resize(ref HSeekSince, n);
            Array.Resize(ref HDwelling, n);
            Array.Resize(ref HState, n);
            Array.Resize(ref HDisplacedFrom, n);
        }

        return SetHousehold(HouseholdCount++, size, income, origin, flags, registered, arrived);
    }

    private int SetHousehold(int h, byte size, float income, byte origin, HouseholdTraits flags, int registered, int arrived)
    {
        HSize[h] = size;
        HIncome[h] = income;
        HOrigin[h] = origin;
        HFlags[h] = flags;
        HRegistered[h] = registered;
        HArrived[h] = arrived;
        HSeekSince[h] = registered;
        HDwelling[h] = -1;
        HState[h] = HouseholdState.Seeking;
        HDisplacedFrom[h] = -1;
        return h;
    }

    /// <summary>Moves household <paramref name="h"/> into vacant dwelling <paramref name="d"/>, vacating its old one.</summary>
    public void Occupy(int h, int d)
    {
        System.Diagnostics.Debug.Assert(DOccupant[d] < 0 && DActive[d], "dwelling must be vacant and standing");
        if (HDwelling[h] >= 0)
        {
            Vacate(HDwelling[h]);
        }

        DOccupant[d] = h;
        HDwelling[h] = d;
        HState[h] = HouseholdState.Housed;
        Count(h, d, +1);
    }

    /// <summary>Empties dwelling <paramref name="d"/>; its household becomes homeless in the model (seeking or leaving is the caller's choice).</summary>
    public void Vacate(int d)
    {
        var h = DOccupant[d];
        if (h < 0)
        {
            return;
        }

        Count(h, d, -1);
        DOccupant[d] = -1;
        HDwelling[h] = -1;
        HState[h] = HouseholdState.Seeking;
    }

    /// <summary>Changes a household's income, keeping the vulnerable counts right when it crosses the low-income line.</summary>
    public void SetIncome(int h, float income)
    {
        var d = HDwelling[h];
        var before = IsVulnerable(h);
        HIncome[h] = income;
        var after = IsVulnerable(h);
        if (d >= 0 && before != after)
        {
            var delta = after ? 1 : -1;
            UnitVulnerable[DUnit[d]] += delta;
            if (DComplex[d] is var c and >= 0)
            {
                ComplexVulnerable[c] += delta;
            }
        }
    }

    /// <summary>Recomputes every live count from the occupancy (after the income bands were indexed).</summary>
    public void RebuildCounts()
    {
        Array.Clear(UnitHouseholds);
        Array.Clear(UnitVulnerable);
        Array.Clear(UnitByOrigin);
        Array.Clear(ComplexHouseholds);
        Array.Clear(ComplexVulnerable);
        for (var d = 0; d < DwellingCount; d++)
        {
            if (DOccupant[d] >= 0)
            {
                Count(DOccupant[d], d, +1);
            }
        }
    }

    private void Count(int h, int d, int delta)
    {
        var unit = DUnit[d];
        var vulnerable = IsVulnerable(h) ? delta : 0;
        UnitHouseholds[unit] += delta;
        UnitVulnerable[unit] += vulnerable;
        UnitByOrigin[(unit * OriginCount) + HOrigin[h]] += delta;
        var c = DComplex[d];
        if (c >= 0)
        {
            ComplexHouseholds[c] += delta;
            ComplexVulnerable[c] += vulnerable;
        }
    }
}
