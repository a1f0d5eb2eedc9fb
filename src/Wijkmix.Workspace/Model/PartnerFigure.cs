namespace Wijkmix.Workspace.Model;

/// <summary>One accepted upload of aggregated partner figures; its rows are <see cref="PartnerFigure"/>s.</summary>
public sealed class PartnerUpload
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string Organisation { get; set; }

    /// <summary>Key of the CSV template it was read with.</summary>
    public required string Template { get; set; }

    public required string FileName { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>
    /// The table as published (suppressed across the partner's whole body of uploads), serialized; written when
    /// an upload is stored or the threshold changes, only read by views. Null until first protected.
    /// </summary>
    public string? Published { get; set; }

    public List<PartnerFigure> Figures { get; } = [];

    /// <summary>The complexes this upload describes (name, location), for templates with a complex name.</summary>
    public List<PartnerComplex> Complexes { get; } = [];
}

/// <summary>A partner's housing complex as an area below its buurt: code, name and optional location.</summary>
public sealed class PartnerComplex
{
    public int Id { get; set; }

    public int UploadId { get; set; }

    /// <summary>The complex's area code, e.g. <c>BU03440301:complex-12</c>.</summary>
    public required string Code { get; set; }

    public required string BuurtCode { get; set; }

    public required string Name { get; set; }

    /// <summary>WGS84 latitude, when the partner gave a location.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// <summary>One aggregated count from a partner: a measure for a complex or buurt. Shown only through suppression.</summary>
public sealed class PartnerFigure
{
    public int Id { get; set; }

    public int UploadId { get; set; }

    /// <summary>The row's unit: a complex code, or the buurt code when the template is per buurt.</summary>
    public required string Unit { get; set; }

    public required string BuurtCode { get; set; }

    public required string Measure { get; set; }

    public long Value { get; set; }
}
