using System.IO.Compression;
using System.Text.Json;
using Wijkmix.Core.Variables;

namespace Wijkmix.Core.Tests.Variables;

/// <summary>
/// Every figure of a KWB table is either a catalogue variable or on the not-used list with a reason:
/// checked against the real DataProperties.json of 85984NED (KWB 2024) as CBS publishes it.
/// </summary>
public class KwbTableCoverageTests
{
    private static readonly VariableCatalogue Catalogue = VariableCatalogue.Default;

    private static List<(string Key, string Title, string Unit)> Topics85984()
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "data", "DataProperties.json.gz")), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        return doc.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("Type").GetString() == "Topic")
            .Select(e => (e.GetProperty("Key").GetString()!, e.GetProperty("Title").GetString()!.Trim(), e.GetProperty("Unit").GetString()!))
            .ToList();
    }

    [Fact]
    public void Catalogue_Kwb2024_EveryTopicIsAVariableOrNotUsed()
    {
        var topics = Topics85984();
        Assert.Equal(128, topics.Count);
        var missing = topics
            .Where(t => !Catalogue.TryResolve(t.Key, 2024, out _) && !Catalogue.IsNotUsed(t.Key, 2024, out _))
            .Select(t => $"{t.Key} ({t.Title})")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Catalogue_Kwb2024_NoTopicIsBothAVariableAndNotUsed()
    {
        var both = Topics85984().Where(t => Catalogue.TryResolve(t.Key, 2024, out _) && Catalogue.IsNotUsed(t.Key, 2024, out _)).ToList();
        Assert.Empty(both);
    }

    [Fact]
    public void Catalogue_Kwb2024_NotUsedAreTheFiveCodeAndTextColumnsAndPostcodes()
    {
        var notUsed = Topics85984().Where(t => Catalogue.IsNotUsed(t.Key, 2024, out _)).Select(t => t.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["Codering_3", "Dekkingspercentage_126", "Gemeentenaam_1", "IndelingswijzigingGemeenteWijkBuurt_4", "MeestVoorkomendePostcode_125", "SoortRegio_2"],
            notUsed);
        Assert.All(Catalogue.NotUsed, n => Assert.False(string.IsNullOrWhiteSpace(n.Reason)));
    }

    /// <summary>The catalogue's unit agrees with the unit CBS states for the 2024 key, and money keys scale x 1 000 euro to euro.</summary>
    [Fact]
    public void Catalogue_Kwb2024_UnitAndScaleAgreeWithDataProperties()
    {
        var disagreements = new List<string>();
        foreach (var (key, title, unit) in Topics85984())
        {
            if (Catalogue.TryResolve(key, 2024, out var alias)
                && !CbsUnits.Agree(Catalogue[alias.VariableId].Unit, alias.Scale, unit))
            {
                disagreements.Add($"{key} ({title}): CBS '{unit}', catalogue {Catalogue[alias.VariableId].Unit} x{alias.Scale}");
            }
        }

        Assert.Empty(disagreements);
    }

    /// <summary>
    /// A StatLine CSV of 85984NED heads each column with the topic-group path, title and unit; every such
    /// label names the same variable as the key, except the six holding a ';' that the catalogue file cannot hold.
    /// </summary>
    [Fact]
    public void Catalogue_Kwb2024_StatLineLabelsNameTheSameVariableAsTheKeys()
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "data", "DataProperties.json.gz")), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        var items = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("ID").GetInt32());
        string Label(JsonElement e) =>
            (e.GetProperty("ParentID").ValueKind == JsonValueKind.Number ? Label(items[e.GetProperty("ParentID").GetInt32()]) + "/" : string.Empty)
            + e.GetProperty("Title").GetString()!.Trim();
        var differ = new List<string>();
        var withSemicolon = 0;
        foreach (var topic in items.Values.Where(e => e.GetProperty("Type").GetString() == "Topic"))
        {
            var key = topic.GetProperty("Key").GetString()!;
            var label = $"{Label(topic)} ({topic.GetProperty("Unit").GetString()!.Trim()})";
            if (!Catalogue.TryResolve(key, 2024, out var byKey))
            {
                continue;
            }

            if (label.Contains(';', StringComparison.Ordinal))
            {
                withSemicolon++;
            }
            else if (!Catalogue.TryResolve(label, 2024, out var byLabel) || byLabel.VariableId != byKey.VariableId || byLabel.Scale != byKey.Scale)
            {
                differ.Add($"{key}: {label}");
            }
        }

        Assert.Empty(differ);
        Assert.Equal(6, withSemicolon);
    }

    [Theory]
    [InlineData("Ongehuwd_13", "marital_unmarried")]
    [InlineData("Nederland_20", "born_nl_origin_dutch")]
    [InlineData("Appartement_54", "electricity_apartment_kwh")]
    [InlineData("Appartement_62", "gas_apartment_m3")]
    [InlineData("GemGestandaardiseerdInkomenVanHuish_86", "household_standardised_income_avg")]
    [InlineData("OQOverheidOnderwijsEnZorg_109", "businesses_government_education_care")]
    [InlineData("ScholenBinnen3Km_121", "schools_within_3km")]
    public void TryResolve_Kwb2024KeyAddedForIssue12_GivesId(string key, string id)
    {
        Assert.True(Catalogue.TryResolve(key, 2024, out var alias));
        Assert.Equal(id, alias.VariableId);
    }

    /// <summary>
    /// KWB 2013 (82339NED), from a third-party key list: 89 keys map, 6 names and codes are not used, and
    /// these 27 have no catalogue variable yet because their meaning differs from every later figure
    /// (income groups before the 40/20 % split, WWB before the Participatiewet, car age, land use).
    /// </summary>
    [Fact]
    public void Catalogue_Kwb2013_MapsAllButTheFiguresWithoutALaterEquivalent()
    {
        var keys = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Variables", "kwb2013_82339NED_keys.txt"))
            .Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 122), keys.Select(k => int.Parse(k[(k.LastIndexOf('_') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        var unmapped = keys.Where(k => !Catalogue.TryResolve(k, 2013, out _) && !Catalogue.IsNotUsed(k, 2013, out _)).ToList();
        Assert.Equal(
            ["PersonenMetLaagInkomen_66", "PersonenMetHoogInkomen_67", "NietActieven_68", "HuishoudensMetLaagInkomen_69", "HuishoudensMetHoogInkomen_70",
             "HuishoudensMetLageKoopkracht_71", "PersonenMetEenWWBUitkeringTotaal_73", "PersonenautoSJongerDan6Jaar_86", "PersonenautoS6JaarEnOuder_87",
             "Bedrijfsmotorvoertuigen_92", "Motortweewielers_93", .. Enumerable.Range(102, 16).Select(n => keys[n - 1])],
            unmapped);
        Assert.Equal(6, keys.Count(k => Catalogue.IsNotUsed(k, 2013, out _)));
    }
}
