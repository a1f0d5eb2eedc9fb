using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Maps;
using Wijkmix.Monitor.Tables;

namespace Wijkmix.Web.Features.Api;

/// <summary>From the monitor's results to the API's JSON shapes.</summary>
internal static class ApiMapping
{
    public static AreaDto Area(Area a) =>
        new(a.Code.Value, a.DisplayName, Wording.LevelKey(a.Level), a.Code.Municipality?.Value, a.Years);

    public static FigureDto Figure(Figure f, MeasureUnit unit) =>
        new(f.Value, FigureFormat.Status(f), Wording.Figure(f, unit), f.Estimate, f.Estimate is { } m ? Wording.Estimate(m) : null);

    public static MapDto Map(MapView v) => new(
        v.Municipality?.Code.Value, Wording.LevelKey(v.Level), v.Indicator.Id, v.Indicator.Name, v.Year, v.Years,
        v.Legend.Select(c => new LegendDto(c.Index, c.From, c.To)).ToList(),
        v.Areas.Select(a => new MapAreaDto(a.Area.Code.Value, a.Area.DisplayName, Figure(a.Value, v.Indicator.Unit), a.Class, a.HasBoundary)).ToList());

    public static ProfileDto Profile(ProfileView v)
    {
        var p = v.Profile;
        return new ProfileDto(Area(p.Area), p.Year, p.Municipality?.Code.Value,
            p.Rows.Select(r => new ProfileRowDto(r.Indicator.Id, r.Indicator.Name, r.Indicator.Unit.ToString(), Figure(r.Value, r.Indicator.Unit),
                r.PreviousYear, Figure(r.Previous, r.Indicator.Unit), Figure(r.Municipality, r.Indicator.Unit), Figure(r.Country, r.Indicator.Unit))).ToList(),
            v.Trends.Select(t => new TrendDto(t.Indicator.Id, t.Points.Select(pt => new TrendPointDto(pt.Year,
                Figure(pt.Area, t.Indicator.Unit), Figure(pt.Municipality, t.Indicator.Unit), Figure(pt.Country, t.Indicator.Unit))).ToList())).ToList());
    }

    public static CompassDto Compass(CompassResult c) => new(
        c.Municipality.Code.Value, Wording.LevelKey(c.Level), c.Years,
        new CompassRulesDto(c.Rules.PointsThreshold, c.Rules.RelativeThreshold, c.Rules.WideningPoints, c.Rules.WideningRelative, c.Rules.MinimumInhabitants),
        c.Rows.Select(r => new CompassRowDto(r.Area.Code.Value, r.Area.DisplayName, r.Indicator.Id, r.Year, Figure(r.Value, r.Indicator.Unit),
            Figure(r.City, r.Indicator.Unit), r.Gap, r.GapChange, ViewTables.SignalCodes(r.Flags))).ToList());

    public static SegregationDto Segregation(SegregationView v, int top)
    {
        var r = v.Report;
        var i = r.Inference;
        var m = r.Indices;
        return new SegregationDto(r.Request.Municipality.Value, r.Request.Grouping.Id, Wording.LevelKey(r.Request.Level), r.Request.Year,
            r.Input.Table.UnitCount, r.Input.Excluded.Count,
            [
                new("D", m.Dissimilarity, i?.Dissimilarity.Lower, i?.Dissimilarity.Upper),
                new("Gini", m.Gini, null, null),
                new("H", m.Theil, i?.Theil.Lower, i?.Theil.Upper),
                new("M", m.MutualInformation, i?.MutualInformation.Lower, i?.MutualInformation.Upper),
                new("P", m.NormalizedExposure, null, null),
                new("R", m.RelativeDiversity, null, null),
            ],
            r.Groups.Select(g => new GroupDto(g.Group.Id, g.Group.Name, g.Share, g.Indices.Dissimilarity, g.Indices.Theil, g.Indices.Isolation, g.Indices.Exposure)).ToList(),
            // The first component is the split between parent areas, the second the split inside them.
            r.Decomposition.Components.Select((c, k) => new ScaleDto(
                k == 0 ? "between_" + Wording.LevelKey(r.Request.ParentLevel) : Wording.LevelKey(r.Request.Level) + "_within_" + Wording.LevelKey(r.Request.ParentLevel),
                c.MutualInformation, c.Theil, c.Share)).ToList(),
            r.LocalInCity.OrderByDescending(l => l.Contribution).Take(top)
                .Select(l => new ContributionDto(l.Unit, v.NameOf(l.Unit), l.Contribution, l.LocalSegregation)).ToList(),
            v.Change is { } ch && v.Earlier is { } e
                ? new ChangeDto(e.Request.Year, r.Request.Year, ViewTables.ChangeParts(ch).ToDictionary(p => p.Code, p => p.Value), !ch.MarginsReached)
                : null);
    }
}
