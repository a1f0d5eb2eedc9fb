using System.Threading.Channels;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Workspaces;

/// <summary>
/// Writes audit lines in batches, off the request: a page view costs a queue entry, not a database commit. Lines
/// are written within milliseconds (one transaction per batch), before the log is read (<see cref="FlushAsync"/>)
/// and when the application stops; a crash can lose only the lines of the last moment.
/// </summary>
public sealed partial class AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> log) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly Channel<AuditEntry> _queue = Channel.CreateUnbounded<AuditEntry>(new UnboundedChannelOptions { SingleReader = false });
    private readonly SemaphoreSlim _writing = new(1, 1);

    public void Add(AuditEntry entry) => _queue.Writer.TryWrite(entry);

    /// <summary>Writes every queued line now (before the log is shown).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var batch = new List<AuditEntry>(BatchSize);
            while (true)
            {
                batch.Clear();
                while (batch.Count < BatchSize && _queue.Reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }

                if (batch.Count == 0)
                {
                    return;
                }

                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<WorkspaceDb>();
                db.AuditLog.AddRange(batch);
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await FlushAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Failed(log, e);
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _writing.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Het logboek kon niet worden geschreven; nieuwe poging over een seconde.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
