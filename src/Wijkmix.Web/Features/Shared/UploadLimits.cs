namespace Wijkmix.Web.Features.Shared;

/// <summary>How much one upload may hold (<c>Wijkmix:MaxUploadMegabytes</c>), for the Gegevens page and partner uploads alike.</summary>
public sealed record UploadLimits(int MaxMegabytes)
{
    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}
