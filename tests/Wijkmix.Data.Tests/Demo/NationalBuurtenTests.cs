using System.Globalization;
using System.IO.Compression;
using Wijkmix.Core.Areas;

namespace Wijkmix.Data.Tests.Demo;

/// <summary>
/// The bundled KWB 2024 buurt table (85984NED, all buurten of the Netherlands) and the national buurt map
/// of 2019 give every gemeente buurt figures, names and boundaries on a fresh store.
/// </summary>
public class NationalBuurtenTests(DemoStore demo) : IClassFixture<DemoStore>
{
    /// <summary>The bundled file read with plain string splitting (comma-separated, padded OData text fields).</summary>
    private static Dictionary<string, string[]> RawRows(out string[] header)
    {
        using var reader = new StreamReader(new GZipStream(
            File.OpenRead(Scratch.Bundled("kwb2024_85984NED_buurt_nl", "kwb2024_85984NED_buurt_nl_13columns.csv.gz")), CompressionMode.Decompress));
        header = reader.ReadLine()!.Split(',');
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            rows[cells[0]] = cells;
        }

        return rows;
    }

    [Theory]
    [InlineData("GM0855", 229_836)] // Tilburg: CBS KWB 2024 gemeente total
    [InlineData("GM0637", 128_434)] // Zoetermeer
    [InlineData("GM0141", 74_317)] // Almelo
    public void Buurten2024_EveryBuurtOfTheFileWithItsInhabitants_SummingToTheGemeente(string gemeente, double total)
    {
        var raw = RawRows(out var header);
        var inhabitants = Array.IndexOf(header, "AantalInwoners_5");
        var expected = raw.Where(r => r.Key.StartsWith("BU" + gemeente[2..], StringComparison.Ordinal))
            .ToDictionary(r => r.Key, r => double.Parse(r.Value[inhabitants], CultureInfo.InvariantCulture));

        var buurten = demo.Store.AreasWithin(AreaCode.Parse(gemeente), AreaLevel.Neighbourhood).Where(b => b.Years.Contains(2024)).ToList();
        var stored = demo.Store.Get(buurten.Select(b => b.Code).ToArray(), ["inhabitants"])
            .Where(o => o.Year == 2024 && o.Value is not null).ToDictionary(o => o.Area.Value, o => o.Value!.Value);

        Assert.True(expected.Count > 20);
        Assert.Equal(expected.OrderBy(e => e.Key), stored.OrderBy(s => s.Key));
        // CBS rounds buurt counts to multiples of 5, so the buurten add up to the gemeente within 2.5 each.
        Assert.InRange(stored.Values.Sum(), total - (2.5 * stored.Count), total + (2.5 * stored.Count));
    }

    [Theory]
    [InlineData("BU08551001", "Binnenstad West", 2_885)] // Tilburg
    [InlineData("BU06370001", "Dorp", null)] // Zoetermeer (name only checked)
    [InlineData("BU16800000", "Annen", null)] // Aa en Hunze, first line of the code list
    public void Buurten2024_HaveTheirCbsNames(string code, string name, int? inhabitants)
    {
        var area = demo.Store.FindArea(AreaCode.Parse(code))!;
        Assert.Equal(name, area.Name);
        if (inhabitants is { } n)
        {
            Assert.Equal(n, demo.Store.Get([area.Code], ["inhabitants"]).Single(o => o.Year == 2024).Value);
        }
    }

    [Theory]
    [InlineData("GM0855", 251)] // Tilburg: every buurt of 2019 has a boundary (the staged extract has 251)
    [InlineData("GM0014", 139)] // Groningen
    public void BuurtMap2019_EveryGemeenteHasBuurtBoundaries(string gemeente, int count)
    {
        var buurten = demo.Store.AreasWithin(AreaCode.Parse(gemeente), AreaLevel.Neighbourhood)
            .Where(b => b.Years.Contains(2019)).Select(b => b.Code).ToArray();
        Assert.Equal(count, demo.Store.CodesWithGeometry(buurten).Count);
    }
}
