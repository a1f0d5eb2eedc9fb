using System.Xml.Linq;

namespace Wijkmix.Design.Tests;

/// <summary>
/// Every resource file names each text once, and a satellite (<c>.en.resx</c>) names the same texts as its neutral file:
/// a key added twice (as a merge once did with <c>CompareWith</c>) silently replaces a page's text.
/// </summary>
public sealed class ResourceKeyTests
{
    private static IEnumerable<string> ResourceFiles() =>
        Directory.EnumerateFiles(Repo.Src, "*.resx", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static List<string> Keys(string path) =>
        XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

    [Fact]
    public void ResourceFiles_NameEachTextOnce()
    {
        var repeated = ResourceFiles()
            .SelectMany(f => Keys(f).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => $"{Repo.Relative(f)}: {g.Key}"))
            .ToList();

        Assert.True(repeated.Count == 0, "texts named twice:\n" + string.Join("\n", repeated));
    }

    [Fact]
    public void EnglishSatellites_HaveNoKeyTheirNeutralFileLacks()
    {
        var orphans = ResourceFiles().Where(f => f.EndsWith(".en.resx", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                var neutral = f[..^".en.resx".Length] + ".resx";
                return File.Exists(neutral) ? Keys(f).Except(Keys(neutral)).Select(k => $"{Repo.Relative(f)}: {k}") : [];
            })
            .ToList();

        Assert.True(orphans.Count == 0, "English texts without a Dutch one:\n" + string.Join("\n", orphans));
    }
}
