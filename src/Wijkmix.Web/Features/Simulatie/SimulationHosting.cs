namespace Wijkmix.Web.Features.Simulatie;

/// <summary>The Simulatie page's services: the checks before a run, the queue that runs them and the store that keeps their outcomes.</summary>
internal static class SimulationHosting
{
    /// <summary>
    /// Registers them with their settings: <c>Wijkmix:MaxSimulationWork</c> (household-years per run),
    /// <c>Wijkmix:SimulationQueue</c> (runs that may wait) and <c>Wijkmix:KeptSimulations</c> (outcomes kept).
    /// </summary>
    public static void AddSimulations(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration;
        builder.Services.AddSingleton(new SimulationRuns.Limits(settings.GetValue("Wijkmix:MaxSimulationWork", SimulationRuns.DefaultMaxWork)));
        builder.Services.AddSingleton<SimulationRuns>();
        builder.Services.AddSingleton(new SimulationResults.Limits(Math.Max(1, settings.GetValue("Wijkmix:KeptSimulations", SimulationResults.DefaultKept))));
        builder.Services.AddSingleton<SimulationResults>();
        builder.Services.AddSingleton(new SimulationJobs.Limits(Math.Max(0, settings.GetValue("Wijkmix:SimulationQueue", SimulationJobs.DefaultWaiting))));
        builder.Services.AddSingleton<SimulationJobs>();
        builder.Services.AddHostedService(s => s.GetRequiredService<SimulationJobs>());
    }
}
