using Spectre.Console;

namespace Wijkmix.Cli;

/// <summary>A long piece of work behind one progress bar (description, bar, percentage, elapsed time), as simulate, hindcast and sensitivity show it.</summary>
internal static class ProgressBar
{
    /// <summary>
    /// Runs <paramref name="work"/>, which reports its progress as a fraction between 0 and 1 of the way, under a bar labelled
    /// <paramref name="description"/>; the bar is full when it returns.
    /// </summary>
    public static T Run<T>(IAnsiConsole console, string description, Func<Action<double>, T> work)
    {
        T result = default!;
        console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(description));
            result = work(fraction => task.Value = 100 * fraction);
            task.Value = 100;
        });
        return result;
    }

    /// <summary>Reports on the calling thread: Spectre's task is thread-safe, and Progress&lt;T&gt; would post to a context the console does not have.</summary>
    public sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
