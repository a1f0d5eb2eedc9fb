using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Tests.Resources;

public sealed partial class WorkspaceTextTests
{
    private static readonly ResourceManager Manager = new("Wijkmix.Workspace.Resources.WorkspaceText", typeof(WorkspaceText).Assembly);

    [Fact]
    public void English_HasEveryDutchKey_WithTheSamePlaceholders_AndItsOwnWording()
    {
        var dutch = Texts(CultureInfo.InvariantCulture, tryParents: true);
        var english = Texts(CultureInfo.GetCultureInfo("en"), tryParents: false);
        Assert.Equal(dutch.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in dutch)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), key);
        }

        // Names that read the same in both languages (Contact, "Actor \"{0}\"") aside, the English file is a translation.
        Assert.True(dutch.Count(d => d.Value == english[d.Key]) <= 3, string.Join(", ", dutch.Where(d => d.Value == english[d.Key]).Select(d => d.Key)));
    }

    [Fact]
    public void Get_FollowsTheUiCulture()
    {
        using (UseCulture.Dutch())
        {
            Assert.Equal("Fysiek", WorkspaceText.Get("DomainPhysical"));
        }

        using (UseCulture.English())
        {
            Assert.Equal("Physical", WorkspaceText.Get("DomainPhysical"));
        }
    }

    [Fact]
    public void Format_FillsNumbersInTheCurrentCulture()
    {
        using (UseCulture.Dutch())
        {
            Assert.Equal("Ten hoogste 4.000 tekens (veld 'Wat').", WorkspaceText.Format("TooLong", 4_000, "Wat"));
        }

        using (UseCulture.English())
        {
            Assert.Equal("At most 4,000 characters (field 'What').", WorkspaceText.Format("TooLong", 4_000, "What"));
        }
    }

    [Fact]
    public void EveryKeyTheCodeAsksFor_IsInTheResources()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Wijkmix.slnx")))
        {
            root = root.Parent ?? throw new InvalidOperationException("No Wijkmix.slnx above " + AppContext.BaseDirectory);
        }

        var keys = Texts(CultureInfo.InvariantCulture, tryParents: true).Keys.ToHashSet(StringComparer.Ordinal);
        var asked = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Asked().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.True(asked.Count > 100, $"only {asked.Count} texts found");
        Assert.DoesNotContain(asked, a => !keys.Contains(a.Key));
        Assert.All(Enum.GetValues<global::Wijkmix.Workspace.Model.ActorDomain>(), d => Assert.Contains("Domain" + d, keys));
        Assert.All(Enum.GetValues<global::Wijkmix.Workspace.Model.AuditAction>(), a => Assert.Contains("Audit" + a, keys));
        Assert.All(Enum.GetValues<global::Wijkmix.Workspace.Goals.ProgressStatus>(), p => Assert.Contains("Progress" + p, keys));
    }

    [Fact]
    public void Get_UnknownKey_Throws() =>
        Assert.Throws<InvalidOperationException>(() => WorkspaceText.Get("NoSuchText"));

    private static Dictionary<string, string> Texts(CultureInfo culture, bool tryParents) =>
        Manager.GetResourceSet(culture, createIfNotExists: true, tryParents)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"WorkspaceText\.(?:Get|Format)\(""(\w+)""[,)]")]
    private static partial Regex Asked();
}
