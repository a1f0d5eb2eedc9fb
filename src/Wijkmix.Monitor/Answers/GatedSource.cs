using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Monitor.Answers;

/// <summary>
/// The store with every read behind one gate: a SQLite connection serves one thread at a time, but the work on
/// what was read (a bootstrap of 1,000 replicates, a wijkkompas) runs outside it, so one long question no
/// longer holds up every page.
/// </summary>
internal sealed class GatedSource(IObservationSource inner) : IObservationSource
{
    public Lock Gate { get; } = new();

    public IObservationSource Inner => inner;

    public IReadOnlyList<Observation> Get(IReadOnlyCollection<AreaCode> areas, IReadOnlyCollection<string> variableIds)
    {
        lock (Gate)
        {
            return inner.Get(areas, variableIds);
        }
    }

    public IReadOnlyList<Area> AreasWithin(AreaCode parent, AreaLevel level)
    {
        lock (Gate)
        {
            return inner.AreasWithin(parent, level);
        }
    }

    public IReadOnlyList<Observation> GetAtLevel(AreaLevel level, IReadOnlyCollection<string> variableIds)
    {
        lock (Gate)
        {
            return inner.GetAtLevel(level, variableIds);
        }
    }

    public Area? FindArea(AreaCode code)
    {
        lock (Gate)
        {
            return inner.FindArea(code);
        }
    }

    public IReadOnlyList<StoredObservation> GetWithin(AreaCode within, AreaLevel level, IReadOnlyCollection<string>? variableIds = null)
    {
        lock (Gate)
        {
            return inner.GetWithin(within, level, variableIds);
        }
    }

    public IReadOnlyList<Area> AllAreas()
    {
        lock (Gate)
        {
            return inner.AllAreas();
        }
    }

    public string? Geometry(AreaCode code, int? year = null)
    {
        lock (Gate)
        {
            return inner.Geometry(code, year);
        }
    }

    public IReadOnlySet<AreaCode> CodesWithGeometry(IReadOnlyCollection<AreaCode> codes)
    {
        lock (Gate)
        {
            return inner.CodesWithGeometry(codes);
        }
    }
}
