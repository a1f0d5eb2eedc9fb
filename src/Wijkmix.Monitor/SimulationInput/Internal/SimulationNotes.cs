using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Resources;

namespace Wijkmix.Monitor.SimulationInput.Internal;

/// <summary>Counts what <see cref="SimulationFigures"/> left out or filled, and words it in the UI culture: one line per field.</summary>
internal sealed class SimulationNotes(SimulationChoice choice, IReadOnlyList<SimulationField> fields)
{
    private readonly int[] _fromWijk = new int[fields.Count];
    private readonly int[] _fromGemeente = new int[fields.Count];
    private readonly int[] _gemeenteFills = new int[fields.Count];
    private readonly int[] _gemeenteFillYear = new int[fields.Count];

    /// <summary>Units left out for want of households.</summary>
    public int LeftOut { get; set; }

    public void Filled(int field, AreaLevel from)
    {
        if (from == AreaLevel.District)
        {
            _fromWijk[field]++;
        }
        else
        {
            _fromGemeente[field]++;
        }
    }

    /// <summary>A unit without the field at its level took the gemeente's value of <paramref name="year"/>.</summary>
    public void FilledFromGemeente(int field, int year)
    {
        _gemeenteFills[field]++;
        _gemeenteFillYear[field] = year;
    }

    /// <param name="units">Units kept.</param>
    /// <param name="withValue">Per field: true when any kept unit has a value (published or filled).</param>
    public List<string> Lines(int units, bool[] withValue)
    {
        var lines = new List<string> { Format(MonitorText.SimYearLevel, choice.Year, Units(1), units, Units(units)) };
        if (choice.Level == AreaLevel.District)
        {
            lines.Add(MonitorText.SimNoBuurten);
        }

        if (choice.WithoutHousing)
        {
            lines.Add(MonitorText.SimWithoutHousing);
        }

        if (choice.WithoutIncome)
        {
            lines.Add(MonitorText.SimWithoutIncome);
        }

        if (LeftOut > 0)
        {
            lines.Add(Format(MonitorText.SimLeftOut, LeftOut, Units(LeftOut)));
        }

        for (var i = 0; i < fields.Count; i++)
        {
            int wijk = _fromWijk[i], gemeente = _fromGemeente[i];
            var phrase = fields[i].Phrase();
            if (wijk > 0 && gemeente > 0)
            {
                lines.Add(Format(MonitorText.SimFilledBoth, wijk, Units(wijk), phrase, gemeente));
            }
            else if (wijk + gemeente > 0)
            {
                lines.Add(Format(wijk > 0 ? MonitorText.SimFilledWijk : MonitorText.SimFilledGemeente, wijk + gemeente, Units(wijk + gemeente), phrase));
            }

            if (_gemeenteFills[i] > 0)
            {
                lines.Add(_gemeenteFillYear[i] == choice.Year
                    ? Format(MonitorText.SimMissingGemeente, _gemeenteFills[i], Units(_gemeenteFills[i]), phrase)
                    : Format(MonitorText.SimMissingGemeenteEarlier, _gemeenteFills[i], Units(_gemeenteFills[i]), phrase, _gemeenteFillYear[i]));
            }
        }

        var missing = fields.Where((_, i) => !withValue[i]).Select(f => f.Phrase()).ToList();
        if (missing.Count > 0)
        {
            lines.Add(Format(MonitorText.SimNotAvailable, string.Join(", ", missing)));
        }

        return lines;
    }

    /// <summary>"buurt", "buurten", "wijk" or "wijken".</summary>
    private string Units(int count) => (choice.Level == AreaLevel.Neighbourhood, count == 1) switch
    {
        (true, true) => MonitorText.SimBuurt,
        (true, false) => MonitorText.SimBuurten,
        (false, true) => MonitorText.SimWijk,
        (false, false) => MonitorText.SimWijken,
    };

    private static string Format(string template, params object[] args) => string.Format(MonitorText.Culture, template, args);
}
