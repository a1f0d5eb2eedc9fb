using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Fuzz;

/// <summary>
/// The workspace's partner-data reader (<see cref="PartnerDataReader"/>, what the Partnerdata page calls on an
/// upload), seeded with a corporatie-complexen file generated from real Utrecht buurten.
/// The workspace store is written by the page only after an accepted read, so no store is checked here.
/// </summary>
public sealed class PartnerTarget : FuzzTarget
{
    private const long MaxBytes = 5L << 20;
    private static readonly Lazy<(byte[] Csv, HashSet<string> Buurten)> Seeded = new(() => Seeds.PartnerComplexes(20));

    public override string Name => "partner-csv";

    public override string FileName => "corporatie-complexen.csv";

    public override byte[] Seed => Seeded.Value.Csv;

    public override bool ChecksStore => false;

    public override byte[]? Canonical(byte[] plain) => References.Csv(plain);

    public override Outcome Product(string path)
    {
        using var stream = File.OpenRead(path);
        var result = PartnerDataReader.Read(stream, FileName, PartnerTemplates.CorporatieComplexen, Seeded.Value.Buurten, MaxBytes);
        return result.Succeeded
            ? Outcome.Of(result.Rows.SelectMany(r => r.Texts.Select(t => $"t|{Key(r)}|{t.Key}|{t.Value}")
                .Concat(r.Counts.Select(c => $"n|{Key(r)}|{c.Key}|{c.Value}"))))
            : Outcome.Refused(result.Problems[0].ToString() ?? "?");
    }

    public override IEnumerable<string> Implausible(Outcome outcome) =>
        outcome.Facts.Where(f => f.StartsWith("n|", StringComparison.Ordinal) && f.Split('|')[^1].StartsWith('-'));

    private static string Key(PartnerRow row) => row.Texts.TryGetValue("complex_code", out var code) ? code : row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
