using System.Globalization;
using System.Text;
using CsCheck;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Store;

/// <summary>Generated KWB tables, written in the OData CSV layout, come back from the real store unchanged.</summary>
public class StoreRoundTripPropertyTests
{
    /// <summary>The columns are counts: whole and within the plausible range (0 – 100 000 000); anything else is refused on import.</summary>
    private static readonly Gen<double?> Cell = Gen.Frequency((1, Gen.Const((double?)null)), (6, Gen.Int[0, 900_000].Select(i => (double?)i)),
        (3, Gen.Int[0, 100_000_000].Select(i => (double?)i)));

    private static readonly Gen<(int Buurten, double?[][] Values)> Tables =
        Gen.Int[1, 40].SelectMany(n => Cell.Array[4].Array[n].Select(v => (n, v)));

    [Fact]
    public void ImportThenRead_GivesEveryValueAndEverySuppressedCellBack()
    {
        Tables.Sample(table =>
        {
            using var scratch = new Scratch();
            var text = new StringBuilder("\"ID\";\"WijkenEnBuurten\";\"AantalInwoners_5\";\"Mannen_6\";\"Vrouwen_7\";\"HuishoudensTotaal_28\"\n");
            for (var i = 0; i < table.Buurten; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\"{i}\";\"BU0344{i / 10:00}{i % 10:00}\"");
                foreach (var value in table.Values[i])
                {
                    text.Append(";\"").Append(value is { } v ? v.ToString("R", CultureInfo.InvariantCulture).PadLeft(10) : "         .").Append('"');
                }

                text.Append('\n');
            }

            var parsed = Importer.Read(scratch.File("kwb-2019.csv", text.ToString()));
            Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
            using var store = scratch.Store();
            store.Store(parsed);

            string[] variables = ["inhabitants", "men", "women", "households"];
            for (var i = 0; i < table.Buurten; i++)
            {
                var code = AreaCode.Parse($"BU0344{i / 10:00}{i % 10:00}");
                var stored = store.Get([code], variables).ToDictionary(o => o.VariableId, o => o.Value);
                for (var v = 0; v < variables.Length; v++)
                {
                    Assert.Equal(table.Values[i][v], stored[variables[v]]);
                }
            }
        }, iter: 40);
    }
}
