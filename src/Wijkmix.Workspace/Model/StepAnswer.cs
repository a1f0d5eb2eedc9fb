namespace Wijkmix.Workspace.Model;

/// <summary>
/// One revision of the answer to one routekaart step. Answers are never overwritten: each save adds the next
/// revision, so the history is kept and two members saving on the same revision collide on a unique key.
/// </summary>
public sealed class StepAnswer
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    /// <summary>1 to 9, see <see cref="Routekaart.RoutekaartSteps"/>.</summary>
    public int Step { get; set; }

    /// <summary>1 for the first answer, one more for every later one.</summary>
    public int Revision { get; set; }

    public required string Text { get; set; }

    public required string AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset At { get; set; }
}
