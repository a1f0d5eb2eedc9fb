namespace Wijkmix.Design.Tests;

/// <summary>The monitor answers questions; where the figures are stored or how they are served is not its business.</summary>
public sealed class MonitorDependencyTests
{
    private static readonly string[] ForbiddenNamespaces =
        ["Microsoft.Data.Sqlite", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Wijkmix.Data"];

    [Fact]
    public void Monitor_UsesNoStoreOrWebType()
    {
        var offenders = Repo.ReadMetadata("Wijkmix.Monitor", reader => reader.TypeReferences
            .Select(h => MetadataNames.Of(reader, h))
            .Where(t => ForbiddenNamespaces.Any(f => t.Namespace == f || t.Namespace.StartsWith(f + ".", StringComparison.Ordinal)))
            .Select(t => t.Namespace + "." + t.Name)
            .Distinct().Order(StringComparer.Ordinal).ToList());

        Assert.True(offenders.Count == 0, "Wijkmix.Monitor uses store or web types:\n" + string.Join('\n', offenders));
    }
}
