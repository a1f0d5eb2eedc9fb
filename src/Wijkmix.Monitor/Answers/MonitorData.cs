using System.Collections.Concurrent;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Monitor.Answers;

/// <summary>
/// The one store of an application as the monitor reads it. SQLite connections are not thread-safe, so every
/// read goes through one gate (each read on its own, so the computing between reads runs in parallel); results
/// are cached per question because the figures change only when the store is written, which goes through
/// <see cref="Change{T}"/> and clears the cache.
/// </summary>
public sealed class MonitorData(IObservationSource source)
{
    private readonly GatedSource _source = new(source);
    private ConcurrentDictionary<string, Lazy<object>> _cache = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="read"/> alone on the store.</summary>
    public T Read<T>(Func<IObservationSource, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_source.Gate)
        {
            return read(_source.Inner);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> alone on the store and forgets every cached answer when <paramref name="changed"/>
    /// says the store changed; a file stored before, or a refused one, leaves the answers as they are (every reader
    /// would otherwise compute them all again for nothing).
    /// </summary>
    public T Change<T>(Func<T> write, Func<T, bool> changed)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(changed);
        T result;
        lock (_source.Gate)
        {
            result = write();
        }

        if (changed(result))
        {
            _cache = new ConcurrentDictionary<string, Lazy<object>>(StringComparer.Ordinal);
        }

        return result;
    }

    /// <summary>
    /// The answer to <paramref name="key"/>, computed once per state of the store; <paramref name="compute"/> gets
    /// the store with each read behind the gate, so a long computation holds up no other question.
    /// </summary>
    public T Cached<T>(string key, Func<IObservationSource, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var cache = _cache;
        return (T)cache.GetOrAdd(key, _ => new Lazy<object>(() => compute(_source))).Value;
    }

    public IReadOnlyList<Area> Areas => Cached("areas", s => s.AllAreas());

    public IReadOnlyList<Area> Municipalities =>
        Cached("municipalities", _ => Areas.Where(a => a.Level == AreaLevel.Municipality).OrderBy(a => a.DisplayName, StringComparer.CurrentCulture).ToList());

    public Area? Find(AreaCode code) => Areas.FirstOrDefault(a => a.Code == code);

    public IReadOnlyList<Area> Within(AreaCode parent, AreaLevel level) =>
        Cached($"within|{parent.Value}|{level}", s => s.AreasWithin(parent, level).OrderBy(a => a.DisplayName, StringComparer.CurrentCulture).ToList());

    /// <summary>Areas with a stored boundary (in any year).</summary>
    public IReadOnlySet<AreaCode> WithBoundary => Cached("boundaries", s => s.CodesWithGeometry(Areas.Select(a => a.Code).ToArray()));

    /// <summary>Gemeenten that have figures per buurt.</summary>
    public IReadOnlySet<AreaCode> WithNeighbourhoods => Cached("detailed", _ => Areas
        .Where(a => a.Level == AreaLevel.Neighbourhood).Select(a => a.Code.Municipality).OfType<AreaCode>().ToHashSet());
}
