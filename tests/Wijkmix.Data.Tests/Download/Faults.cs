namespace Wijkmix.Data.Tests.Download;

/// <summary>What the server does wrong, and when. Page numbers count from 1 per entity set or collection.</summary>
public sealed class Faults
{
    /// <summary>Status codes answered (in turn) before the first TypedDataSet page is served.</summary>
    public Queue<(int Status, int? RetryAfterSeconds)> BeforeFirstPage { get; } = new();

    /// <summary>Every TypedDataSet request is answered with this status.</summary>
    public int? AlwaysStatus { get; set; }

    /// <summary>Pages from this one on are cut off half-way and the connection is reset; how many times (null = always).</summary>
    public int? ResetFromPage { get; set; }

    public int? ResetTimes { get; set; }

    /// <summary>This page is served as 200 with half its JSON.</summary>
    public int? TruncatePage { get; set; }

    /// <summary>This page is served without its next link.</summary>
    public int? DropNextLinkOnPage { get; set; }

    /// <summary>The $filter is ignored: every row of the table is served.</summary>
    public bool IgnoreFilter { get; set; }

    /// <summary>TypedDataSet answers 400 Bad Request (a filter on a dimension the table does not have).</summary>
    public bool BadRequest { get; set; }

    /// <summary>DataProperties is served with this text instead (a shape CBS does not document).</summary>
    public string? DataPropertiesOverride { get; set; }

    /// <summary>Records get a key DataProperties does not have.</summary>
    public string? ExtraColumn { get; set; }
}
