using System.Globalization;

namespace Wijkmix.Workspace.Tests.Resources;

/// <summary>Runs a test in one culture (texts and number formats), as a request in that language does, and restores the previous one.</summary>
internal sealed class UseCulture : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public static UseCulture Dutch() => new("nl");

    public static UseCulture English() => new("en");

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
