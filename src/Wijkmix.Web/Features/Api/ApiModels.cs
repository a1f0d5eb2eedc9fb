namespace Wijkmix.Web.Features.Api;

/// <summary>An area as the API lists it.</summary>
public sealed record AreaDto(string Code, string Name, string Level, string? Municipality, IReadOnlyList<int> Years);

/// <summary>
/// A figure: null value when CBS suppressed it or the store lacks it (status says which). An estimate from another
/// area division has status "estimated", its method code in <paramref name="Method"/> and the method in words in
/// <paramref name="MethodText"/>; both are null for every other figure.
/// </summary>
public sealed record FigureDto(double? Value, string Status, string Text, string? Method = null, string? MethodText = null);

public sealed record MapAreaDto(string Code, string Name, FigureDto Value, int? Class, bool HasBoundary);

public sealed record LegendDto(int Class, double From, double To);

public sealed record MapDto(string? Municipality, string Level, string Indicator, string IndicatorName, int Year, IReadOnlyList<int> Years,
    IReadOnlyList<LegendDto> Legend, IReadOnlyList<MapAreaDto> Areas);

public sealed record ProfileRowDto(string Indicator, string Name, string Unit, FigureDto Value, int? PreviousYear, FigureDto Previous,
    FigureDto Municipality, FigureDto Country);

public sealed record TrendPointDto(int Year, FigureDto Area, FigureDto Municipality, FigureDto Country);

public sealed record TrendDto(string Indicator, IReadOnlyList<TrendPointDto> Points);

public sealed record ProfileDto(AreaDto Area, int Year, string? Municipality, IReadOnlyList<ProfileRowDto> Rows, IReadOnlyList<TrendDto> Trends);

public sealed record CompassRowDto(string Code, string Name, string Indicator, int Year, FigureDto Value, FigureDto City, double? Gap, double? GapChange, string Signals);

public sealed record CompassRulesDto(double PointsThreshold, double RelativeThreshold, double WideningPoints, double WideningRelative, int MinimumInhabitants);

public sealed record CompassDto(string Municipality, string Level, IReadOnlyList<int> Years, CompassRulesDto Rules, IReadOnlyList<CompassRowDto> Rows);

public sealed record IndexDto(string Index, double Value, double? Lower, double? Upper);

public sealed record ScaleDto(string Level, double MutualInformation, double Theil, double Share);

public sealed record ContributionDto(string Code, string Name, double Contribution, double LocalSegregation);

public sealed record ChangeDto(int From, int To, IReadOnlyDictionary<string, double> Parts, bool Approximate);

public sealed record GroupDto(string Group, string Name, double Share, double Dissimilarity, double Theil, double Isolation, double Exposure);

public sealed record SegregationDto(string Municipality, string Grouping, string Level, int Year, int Units, int ExcludedUnits,
    IReadOnlyList<IndexDto> Indices, IReadOnlyList<GroupDto> Groups, IReadOnlyList<ScaleDto> Decomposition, IReadOnlyList<ContributionDto> TopUnits, ChangeDto? Change);
