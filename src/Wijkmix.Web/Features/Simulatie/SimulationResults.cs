using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>A kept result as the page shows it: the run's text, form and language with the outcome.</summary>
public sealed record SimulationRun(string Key, string Text, string FileName, int Replicates, string Culture, KeptOutcome Outcome, SimulationForm? Form, DateTimeOffset At);

/// <summary>An earlier result of the same browser for a gemeente, to compare with.</summary>
public sealed record EarlierResult(string Key, string Name, int Replicates, IReadOnlyList<string> Variants, DateTimeOffset At);

/// <summary>
/// The finished simulations in the application store (the workspace database, SQLite or PostgreSQL; decision 0018):
/// at most <see cref="Limits.Kept"/>, the oldest deleted first, none above <see cref="Limits.MaxOutcomeBytes"/> compressed.
/// </summary>
public sealed class SimulationResults(IServiceScopeFactory scopes, SimulationResults.Limits limits, TimeProvider clock)
{
    /// <summary>Default for <c>Wijkmix:KeptSimulations</c>.</summary>
    public const int DefaultKept = 200;

    /// <summary>Largest compressed outcome kept (a run within the work limit stays far below it).</summary>
    public const int DefaultMaxOutcomeBytes = 32 * 1024 * 1024;

    private static readonly JsonSerializerOptions FormJson = new() { PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate };

    /// <summary>How many results are kept, and how large one may be.</summary>
    public sealed record Limits(int Kept, int MaxOutcomeBytes = DefaultMaxOutcomeBytes);

    public int MaxOutcomeBytes => limits.MaxOutcomeBytes;

    /// <summary>The hash stored for a browser's token (the token itself stays in its cookie).</summary>
    public static string OwnerOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Stores a finished run (compressed beforehand by the caller) and deletes the oldest beyond the limit.</summary>
    public async Task SaveAsync(SimulationJob job, KeptOutcome kept, byte[] outcome, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(kept);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkspaceDb>();
        if (await db.SimulationResults.AnyAsync(r => r.Key == job.Key, cancellation).ConfigureAwait(false))
        {
            return;
        }

        db.SimulationResults.Add(new SimulationResult
        {
            Key = job.Key, MunicipalityCode = job.MunicipalityCode, Name = job.Name.Length > 200 ? job.Name[..200] : job.Name,
            ScenarioText = job.Text, FileName = job.FileName, Replicates = job.Replicates, Culture = job.Culture, Variants = string.Join('\n', kept.Variants.Select(v => v.Name)),
            Form = job.Form is null ? null : JsonSerializer.Serialize(job.Form, FormJson), Owner = OwnerOf(job.Owner), Outcome = outcome, At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        var old = await db.SimulationResults.OrderByDescending(r => r.At).Skip(limits.Kept).Select(r => r.Key).ToListAsync(cancellation).ConfigureAwait(false);
        if (old.Count > 0)
        {
            await db.SimulationResults.Where(r => old.Contains(r.Key)).ExecuteDeleteAsync(cancellation).ConfigureAwait(false);
        }
    }

    public async Task<bool> ExistsAsync(string key)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkspaceDb>().SimulationResults.AnyAsync(r => r.Key == key).ConfigureAwait(false);
    }

    /// <summary>The kept run of <paramref name="key"/>, or null when there is none (never computed, or deleted as the oldest).</summary>
    public async Task<SimulationRun?> FindAsync(string? key)
    {
        if (key is null || key.Length != 32)
        {
            return null;
        }

        using var scope = scopes.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<WorkspaceDb>().SimulationResults.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Key == key).ConfigureAwait(false);
        return row is null ? null : new SimulationRun(row.Key, row.ScenarioText, row.FileName, row.Replicates, row.Culture, KeptOutcome.Decompress(row.Outcome),
            row.Form is null ? null : JsonSerializer.Deserialize<SimulationForm>(row.Form, FormJson), row.At);
    }

    /// <summary>The browser's own earlier results for the gemeente, newest first (never anyone else's: their scenarios are theirs).</summary>
    public async Task<IReadOnlyList<EarlierResult>> EarlierAsync(string? token, string municipality)
    {
        if (token is null)
        {
            return [];
        }

        var owner = OwnerOf(token);
        using var scope = scopes.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<WorkspaceDb>().SimulationResults.AsNoTracking()
            .Where(r => r.Owner == owner && r.MunicipalityCode == municipality)
            .Select(r => new { r.Key, r.Name, r.Replicates, r.Variants, r.At }).ToListAsync().ConfigureAwait(false);
        return rows.OrderByDescending(r => r.At).Select(r => new EarlierResult(r.Key, r.Name, r.Replicates, r.Variants.Split('\n'), r.At)).ToList();
    }
}
