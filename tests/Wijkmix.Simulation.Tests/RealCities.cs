using Wijkmix.Core.Areas;
using Wijkmix.Data.Demo;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;

namespace Wijkmix.Simulation.Tests;

/// <summary>The bundled CBS data in a temporary store, and the simulator's figures for the cities the tests use.</summary>
public sealed class RealCities : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "wijkmix-sim-" + Guid.NewGuid().ToString("N"));

    public RealCities()
    {
        Directory.CreateDirectory(_directory);
        Store = WijkmixStore.Open(Path.Combine(_directory, "demo.db"));
        BundledData.ImportInto(Store);
        Amsterdam = SimulationFigures.Read(Store, AreaCode.Parse("GM0363"))!;
        Utrecht = SimulationFigures.Read(Store, AreaCode.Parse("GM0344"))!;
    }

    public WijkmixStore Store { get; }

    /// <summary>KWB 2019 per buurt, with income shares per buurt.</summary>
    public MunicipalityFigures Amsterdam { get; }

    public MunicipalityFigures Utrecht { get; }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}

[CollectionDefinition(nameof(RealCities))]
public sealed class RealCitiesGroup : ICollectionFixture<RealCities>;
