namespace Wijkmix.Workspace.Model;

/// <summary>
/// A finished simulation of the Simulatie page, kept so its link (the key) can be shared and still works after a
/// restart. The outcome is the web's own representation of what the result page shows and exports, compressed;
/// it is never run again. The store keeps a bounded number of results and deletes the oldest first.
/// </summary>
public sealed class SimulationResult
{
    /// <summary>32 hexadecimal digits: a hash of the scenario text, the replicates and the language.</summary>
    public required string Key { get; set; }

    /// <summary>The CBS code of the gemeente simulated (GM0344).</summary>
    public required string MunicipalityCode { get; set; }

    /// <summary>The scenario's name.</summary>
    public required string Name { get; set; }

    /// <summary>The scenario text as run (for a form: the text written from it).</summary>
    public required string ScenarioText { get; set; }

    public required string FileName { get; set; }

    public int Replicates { get; set; }

    /// <summary>The variants' names, the baseline first, one a line (to offer them for comparison without reading the outcome).</summary>
    public required string Variants { get; set; }

    /// <summary>The language the notes and summary were written in (nl, en).</summary>
    public required string Culture { get; set; }

    /// <summary>The form's fields as JSON, when the run came from the form (to fill it in again).</summary>
    public string? Form { get; set; }

    /// <summary>A hash of the browser's token that started the run, so it can list its own earlier results; never the token itself.</summary>
    public required string Owner { get; set; }

    /// <summary>The outcome as compressed JSON.</summary>
    public required byte[] Outcome { get; set; }

    public DateTimeOffset At { get; set; }
}
