using System.Globalization;
using System.Runtime.CompilerServices;

namespace Wijkmix.Workspace.Tests.Resources;

/// <summary>
/// Texts are asserted in Dutch, the neutral language, whatever the machine's language: an English UI culture would
/// pick the English satellite. Only the UI culture is set, so number formats stay as the machine has them.
/// </summary>
internal static class NeutralLanguage
{
    [ModuleInitializer]
    internal static void Dutch() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("nl");
}
