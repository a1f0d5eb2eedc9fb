using Spectre.Console;

namespace Wijkmix.Cli;

/// <summary>Plain text in a colour, escaped so area names with brackets print as they are.</summary>
internal static class ConsoleText
{
    public static void Fail(this IAnsiConsole console, string text) => console.MarkupLine("[red]" + Markup.Escape(text) + "[/]");

    public static void Warn(this IAnsiConsole console, string text) => console.MarkupLine("[yellow]" + Markup.Escape(text) + "[/]");

    public static void Note(this IAnsiConsole console, string text) => console.MarkupLine("[grey]" + Markup.Escape(text) + "[/]");
}
