using System.Globalization;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Formats numbers in messages the way the message's language writes them: 100.000.000 in Dutch
/// (the default, whatever the machine's culture), 100,000,000 in English.
/// </summary>
internal static class MessageNumbers
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static CultureInfo Culture
    {
        get
        {
            var ui = Messages.Culture ?? CultureInfo.CurrentUICulture;
            return ui.TwoLetterISOLanguageName == "en" ? ui : Dutch;
        }
    }

    public static string Format(string format, params object?[] args) => string.Format(Culture, format, args);
}
