using System.Globalization;

namespace Wijkmix.Web.Workspaces;

/// <summary>How workspace pages write moments: Dutch local time, whatever the server's zone.</summary>
public static class WorkspaceDisplay
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"23-11-2026 14:02", or empty when there is no moment.</summary>
    public static string Moment(DateTimeOffset? at) => at is { } t ? TimeZoneInfo.ConvertTime(t, Amsterdam).ToString("d-M-yyyy HH:mm", Dutch) : string.Empty;
}
