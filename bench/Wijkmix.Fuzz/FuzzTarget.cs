using System.Text;

namespace Wijkmix.Fuzz;

/// <summary>One importer under test: its seed, how inputs are generated from it, how the product and the reference read them.</summary>
public abstract class FuzzTarget
{
    private static readonly Lazy<byte[]> SharedBomb = new(() =>
        Mutators.GzipBomb("year,gwb_code,a_inw\n"u8.ToArray(), "2024,GM0014,243768\n"u8.ToArray(), 300L << 20));

    public abstract string Name { get; }

    /// <summary>The file name the input is uploaded under (format and year detection may read it).</summary>
    public abstract string FileName { get; }

    /// <summary>The seed, uncompressed.</summary>
    public abstract byte[] Seed { get; }

    /// <summary>True when a refused input is also run through <c>wijkmix import</c> to prove the store is unchanged.</summary>
    public virtual bool ChecksStore => true;

    /// <summary>Files the importer reads beside the input (a table's DataProperties.json).</summary>
    public virtual IEnumerable<string> Siblings => [];

    /// <summary>What the product makes of the input, stored at <paramref name="path"/>.</summary>
    public abstract Outcome Product(string path);

    /// <summary>The canonical file of <paramref name="plain"/> per the independent parser, or null when it finds it malformed.</summary>
    public abstract byte[]? Canonical(byte[] plain);

    /// <summary>Facts of an accepted input that no stored figure may have (∞, NaN, counts below zero).</summary>
    public virtual IEnumerable<string> Implausible(Outcome outcome) => [];

    /// <summary>A generated input: mostly mutations of the seed's text, sometimes wrapped in gzip or far over the limits.</summary>
    public virtual FuzzInput Generate(Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 70 => Mutated(random),
            < 80 => Wrapped(Mutated(random), random),
            < 86 => Cut(random),
            < 90 => new FuzzInput("gzip-afgebroken", FileName + ".gz", Mutators.Gzip(Seed, 1, random)[..^(1 + random.Next(12))], Seed, Expectation.Refuse),
            < 94 => Plain("lange-regel", Mutators.Widen(Seed, random.Next(Seed.Length), (1 + random.Next(8)) << 20, (byte)'7'), Expectation.Either),
            < 98 => Plain("veel-kolommen", WideHeader(random), Expectation.Either),
            < 99 => Plain("veel-regels", ManyLines(random), Expectation.Either),
            _ => new FuzzInput("gzip-bom", FileName + ".gz", SharedBomb.Value, null, Expectation.Refuse),
        };
    }

    /// <summary>A text-level mutation of the seed; the file is complete, so accepting is fine if the figures are right.</summary>
    protected FuzzInput Mutated(Random random)
    {
        var seed = Seed;
        return random.Next(10) switch
        {
            < 3 => Plain("havoc", Mutators.Havoc(seed, random), Expectation.Either),
            < 6 => Plain("getal", Mutators.ReplaceNumber(seed, random.Next(1000), Mutators.Numbers[random.Next(Mutators.Numbers.Length)]), Expectation.Either),
            6 => Plain("regels", LineOperation(seed, random), Expectation.Either),
            7 => Plain("bom-crlf", Encoding(seed, random), Expectation.Either),
            _ => Plain("getal+havoc", Mutators.Havoc(Mutators.ReplaceNumber(seed, random.Next(1000), Mutators.Numbers[random.Next(Mutators.Numbers.Length)]), random), Expectation.Either),
        };
    }

    protected FuzzInput Plain(string mutation, byte[] bytes, Expectation expect) => new(mutation, FileName, bytes, bytes, expect);

    private FuzzInput Wrapped(FuzzInput inner, Random random)
    {
        var members = random.Next(3) == 0 ? 1 : 2 + random.Next(3);
        return inner with { Mutation = $"gzip{members}-" + inner.Mutation, FileName = FileName + ".gz", Bytes = Mutators.Gzip(inner.Bytes, members, random) };
    }

    /// <summary>The seed cut off: a refusal is expected unless the cut falls at the end of a line (then it is only a shorter file).</summary>
    protected virtual FuzzInput Cut(Random random)
    {
        var cut = Mutators.Truncate(Seed, 1 + random.Next(Seed.Length - 1), out var atLineEnd);
        return Plain(atLineEnd ? "afgebroken-op-regeleinde" : "afgebroken", cut, atLineEnd ? Expectation.Either : Expectation.Refuse);
    }

    private static byte[] LineOperation(byte[] seed, Random random)
    {
        var lines = System.Text.Encoding.UTF8.GetString(seed).Split('\n').ToList();
        int a = random.Next(lines.Count), b = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0: lines.Insert(b, lines[a]); break;
            case 1: lines.RemoveAt(a); break;
            default: (lines[a], lines[b]) = (lines[b], lines[a]); break;
        }

        return System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] Encoding(byte[] seed, Random random)
    {
        var text = System.Text.Encoding.UTF8.GetString(seed).Replace("\r\n", "\n", StringComparison.Ordinal);
        text = random.Next(3) switch
        {
            0 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            1 => text.Replace("\n", "\r", StringComparison.Ordinal),
            _ => text,
        };
        return random.Next(2) == 0 ? [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(text)] : System.Text.Encoding.UTF8.GetBytes(text);
    }

    private byte[] WideHeader(Random random)
    {
        var end = Array.IndexOf(Seed, (byte)'\n');
        var extra = new StringBuilder();
        var columns = 20_000 + random.Next(180_000);
        for (var i = 0; i < columns; i++)
        {
            extra.Append(",k").Append(i);
        }

        end = end < 0 ? Seed.Length : end;
        return [.. Seed.AsSpan(0, end), .. System.Text.Encoding.UTF8.GetBytes(extra.ToString()), .. Seed.AsSpan(end)];
    }

    private byte[] ManyLines(Random random)
    {
        var lines = System.Text.Encoding.UTF8.GetString(Seed).Split('\n');
        var body = string.Join('\n', lines.Skip(1).Where(l => l.Length > 0));
        var copies = 100 + random.Next(400);
        var text = new StringBuilder(lines[0]).Append('\n');
        for (var i = 0; i < copies; i++)
        {
            text.Append(body).Append('\n');
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }
}
