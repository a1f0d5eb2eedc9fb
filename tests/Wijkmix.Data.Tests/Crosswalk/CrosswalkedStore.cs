using Wijkmix.Core.Areas;
using Wijkmix.Data.Crosswalk;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Tests.Crosswalk;

/// <summary>The bundled store, plus boundary files from Crosswalk/data, with one crosswalk run through the real store.</summary>
public abstract class CrosswalkedStore : IDisposable
{
    private readonly DemoStore _demo = new();

    protected CrosswalkedStore(AreaLevel level, int fromYear, int toYear, string[] municipalities, params string[] boundaryFiles)
    {
        foreach (var name in boundaryFiles)
        {
            var parsed = Importer.Read(Path.Combine(AppContext.BaseDirectory, "Crosswalk", "data", name));
            Assert.Empty(parsed.Problems);
            // Replace: the city's own boundaries take the place of the bundled national (generalised) buurt map of 2019.
            _demo.Store.Store(parsed, replace: true);
        }

        Summary = CrosswalkRun.Run(_demo.Store, level, fromYear, toYear, municipalities.Select(AreaCode.Parse).ToArray())!;
    }

    public CrosswalkSummary Summary { get; }

    public WijkmixStore Store => _demo.Store;

    public void Dispose()
    {
        _demo.Dispose();
        GC.SuppressFinalize(this);
    }
}
