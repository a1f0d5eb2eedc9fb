using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Simulation.Input;
using Wijkmix.Monitor.SimulationInput.Internal;

namespace Wijkmix.Monitor.SimulationInput;

/// <summary>
/// Reads the figures the policy simulator is fitted to from the store: one gemeente, one KWB year,
/// its buurten (or its wijken where no buurt has figures). A suppressed share or average is taken
/// from the unit's wijk, else from the gemeente, in the same year. A share or average the store does
/// not hold at the unit level (the units are wijken, or no unit has it that year) is taken from the
/// gemeente, in the same year or else its nearest earlier year. Every fill is counted in the notes;
/// counts (households, dwellings) are never filled. A figure found nowhere stays null.
/// </summary>
public static class SimulationFigures
{
    /// <summary>
    /// The figures of <paramref name="gemeente"/> in <paramref name="year"/>, or by default in the most
    /// recent year in which half the buurten have housing figures and most have households, preferring
    /// one in which half also have income figures (the rule is spelled out in <see cref="SimulationYear"/>);
    /// else the most recent year with wijk households. Null when the gemeente is unknown or none of its
    /// buurten or wijken has households (in that year).
    /// </summary>
    public static MunicipalityFigures? Read(IObservationSource store, AreaCode gemeente, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (gemeente.Level != AreaLevel.Municipality || store.FindArea(gemeente) is not { } municipality)
        {
            return null;
        }

        var buurten = store.AreasWithin(gemeente, AreaLevel.Neighbourhood);
        var wijken = store.AreasWithin(gemeente, AreaLevel.District);
        var codes = buurten.Concat(wijken).Select(a => a.Code).Append(gemeente).ToArray();
        var table = new ObservationTable(store.Get(codes, SimulationFields.Variables));
        if (SimulationYear.Choose(table, buurten, wijken, year) is not { } choice)
        {
            return null;
        }

        var origin = OriginOf(table, choice.Units.Select(u => u.Code).Append(gemeente), choice.Year);
        var fields = SimulationFields.For(origin);
        var names = wijken.ToDictionary(w => w.Code, w => w.DisplayName);
        var notes = new SimulationNotes(choice, fields);
        var fromGemeente = GemeenteFills(table, fields, choice, gemeente);
        var units = new List<UnitFigures>();
        var withValue = new bool[fields.Count];
        var own = new int[fields.Count];
        foreach (var unit in choice.Units)
        {
            var households = table.Get(unit.Code, choice.Year, SimulationFields.Households).Value;
            if (households is not > 0)
            {
                notes.LeftOut++;
                continue;
            }

            var parent = choice.Level == AreaLevel.Neighbourhood ? unit.Code.Parent!.Value : gemeente;
            AreaCode[] fillFrom = parent == gemeente ? [gemeente] : [parent, gemeente];
            var gemeenteFilled = new bool[fields.Count];
            var values = fields.Select((f, i) => Value(table, f, unit.Code, fillFrom, choice.Year, level =>
                {
                    notes.Filled(i, level);
                    gemeenteFilled[i] = level == AreaLevel.Municipality;
                })
                ?? FromGemeente(i)).ToArray();
            for (var i = 0; i < values.Length; i++)
            {
                withValue[i] |= values[i] is not null;
                own[i] += values[i] is not null && !gemeenteFilled[i] && fromGemeente[i] is null ? 1 : 0;
            }

            units.Add(new UnitFigures(unit.Code.Value, unit.DisplayName, parent.Value,
                parent == gemeente ? municipality.DisplayName : names.GetValueOrDefault(parent, parent.Value), households.Value,
                values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9],
                values[10], values[11], values[12], values[13]));
        }

        return units.Count == 0
            ? null
            : new MunicipalityFigures(gemeente.Value, municipality.DisplayName, choice.Year, choice.LevelName, origin, units,
                IncomeWarning(fields, own, units.Count, choice).Concat(notes.Lines(units.Count, withValue)).ToList())
            {
                Missing = SimulationFields.MissingHousing(fields, own, units.Count),
            };

        double? FromGemeente(int field)
        {
            if (fromGemeente[field] is not { } fill)
            {
                return null;
            }

            notes.FilledFromGemeente(field, fill.Year);
            return fill.Value;
        }
    }

    /// <summary>
    /// The first note when the units have no income share of their own: their incomes are then estimated from their
    /// housing (tenure and WOZ) around the gemeente's income, which the results per unit inherit.
    /// </summary>
    private static IEnumerable<string> IncomeWarning(IReadOnlyList<SimulationField> fields, int[] own, int units, SimulationChoice choice) =>
        SimulationFields.HasOwnIncome(fields, own, units) ? []
            : [string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.MonitorText.SimIncomeEstimated, choice.LevelName, choice.Year)];

    /// <summary>
    /// Per field, the gemeente's value for the units that have none, where the store does not hold the field
    /// at the unit level: the units are wijken, or no unit has the field that year. It is the gemeente's own
    /// value that year, else in its nearest earlier year with one; null for a count or where the gemeente has none.
    /// </summary>
    private static (double Value, int Year)?[] GemeenteFills(ObservationTable table, IReadOnlyList<SimulationField> fields, SimulationChoice choice, AreaCode gemeente)
    {
        var fills = new (double Value, int Year)?[fields.Count];
        var years = table.YearsOf(gemeente).Where(y => y <= choice.Year).OrderDescending().ToList();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var atUnitLevel = choice.Level == AreaLevel.Neighbourhood
                && choice.Units.Any(u => table.Resolve(field.Indicator, u.Code, choice.Year).HasValue);
            if (!field.Fillable || atUnitLevel)
            {
                continue;
            }

            foreach (var year in years)
            {
                if (table.Resolve(field.Indicator, gemeente, year).Value is { } value)
                {
                    fills[i] = (value, year);
                    break;
                }
            }
        }

        return fills;
    }

    /// <summary>The unit's figure; when CBS suppressed it, the first parent's that has one (reported through <paramref name="filled"/>).</summary>
    private static double? Value(ObservationTable table, SimulationField field, AreaCode unit, AreaCode[] parents, int year, Action<AreaLevel> filled)
    {
        var figure = table.Resolve(field.Indicator, unit, year);
        if (figure.HasValue || figure.State != FigureState.Suppressed || !field.Fillable)
        {
            return figure.Value;
        }

        foreach (var parent in parents)
        {
            if (table.Resolve(field.Indicator, parent, year).Value is { } value)
            {
                filled(parent.Level);
                return value;
            }
        }

        return null;
    }

    /// <summary>The classification the year's figures use; by the KWB break year when neither is stored.</summary>
    private static OriginClassification OriginOf(ObservationTable table, IEnumerable<AreaCode> codes, int year)
    {
        var list = codes.ToList();
        bool Stored(string[] variables) =>
            list.Any(c => variables.Any(v => table.Get(c, year, v).State != FigureState.Unavailable));

        return Stored(SimulationFields.CountryOfOriginVariables) ? OriginClassification.CountryOfOrigin
            : Stored(SimulationFields.MigrationVariables) ? OriginClassification.MigrationBackground
            : year >= SimulationFields.FirstCountryOfOriginYear ? OriginClassification.CountryOfOrigin
            : OriginClassification.MigrationBackground;
    }
}
