using System.Globalization;

namespace Wijkmix.Web.Features.Shared;

/// <summary>How shares and signed indices read on the pages (figures, levels and years: <c>Wijkmix.Monitor.Indicators.Wording</c>).</summary>
public static class Display
{
    public static string Share(double value) => value.ToString("P1", CultureInfo.CurrentCulture);

    public static string SignedIndex(double value) => value.ToString("+0.0000;−0.0000;0.0000", CultureInfo.CurrentCulture);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
