using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Model;

using Wijkmix.Workspace.Resources;
namespace Wijkmix.Workspace.Storage;

/// <summary>
/// The workspace's application data and accounts, on SQLite (<see cref="SqliteWorkspaceDb"/>) or PostgreSQL
/// (<see cref="PostgresWorkspaceDb"/>); each provider has its own migrations. Edited items carry a version that is
/// checked on save (no lost updates), and ledger, votes, answers and the audit log can only be added to.
/// </summary>
public abstract class WorkspaceDb(DbContextOptions options) : IdentityDbContext<WorkspaceUser>(options)
{
    public DbSet<Model.Workspace> Workspaces => Set<Model.Workspace>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<StepAnswer> StepAnswers => Set<StepAnswer>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<Intervention> Interventions => Set<Intervention>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<GoalResult> GoalResults => Set<GoalResult>();

    public DbSet<SurveyFigure> SurveyFigures => Set<SurveyFigure>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<FundEntry> FundEntries => Set<FundEntry>();

    public DbSet<FundProposal> FundProposals => Set<FundProposal>();

    public DbSet<FundDecision> FundDecisions => Set<FundDecision>();

    public DbSet<Risk> Risks => Set<Risk>();

    public DbSet<PartnerUpload> PartnerUploads => Set<PartnerUpload>();

    public DbSet<PartnerFigure> PartnerFigures => Set<PartnerFigure>();

    public DbSet<PartnerComplex> PartnerComplexes => Set<PartnerComplex>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<SimulationResult> SimulationResults => Set<SimulationResult>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Bumps the version of every edited item and refuses to change or remove an add-only record.</summary>
    private void BeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && IsAddOnly(entry.Entity))
            {
                throw new AddOnlyException(entry.Entity.GetType().Name);
            }

            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                versioned.Version++;
            }
        }
    }

    private static bool IsAddOnly(object entity) =>
        entity is FundEntry or FundProposal or FundDecision or FundVote or StepAnswer or AuditEntry or PartnerFigure or PartnerComplex;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<Model.Workspace>(e =>
        {
            e.HasMany(w => w.Members).WithOne().HasForeignKey(m => m.WorkspaceId);
            e.Property(w => w.Name).HasMaxLength(200);
        });
        builder.Entity<Membership>(e =>
        {
            e.HasIndex(m => new { m.WorkspaceId, m.UserId }).IsUnique();
            e.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId);
        });
        builder.Entity<Invitation>(e =>
        {
            e.HasIndex(i => i.Token).IsUnique();
            e.HasOne(i => i.Workspace).WithMany().HasForeignKey(i => i.WorkspaceId);
        });
        builder.Entity<StepAnswer>().HasIndex(a => new { a.WorkspaceId, a.Step, a.Revision }).IsUnique();
        builder.Entity<Goal>(e =>
        {
            e.HasMany(g => g.Results).WithOne().HasForeignKey(r => r.GoalId);
            e.HasMany(g => g.Interventions).WithMany(i => i.Goals).UsingEntity("InterventionGoals");
        });
        builder.Entity<SurveyFigure>().HasIndex(s => new { s.WorkspaceId, s.AreaCode, s.Indicator, s.Year }).IsUnique();
        builder.Entity<FundProposal>().HasOne(p => p.Decision).WithOne().HasForeignKey<FundDecision>(d => d.ProposalId);
        builder.Entity<FundDecision>().HasMany(d => d.Votes).WithOne().HasForeignKey(v => v.DecisionId);
        builder.Entity<FundEntry>().HasIndex(f => f.WorkspaceId);
        builder.Entity<PartnerUpload>().HasMany(u => u.Figures).WithOne().HasForeignKey(f => f.UploadId);
        builder.Entity<PartnerUpload>().HasMany(u => u.Complexes).WithOne().HasForeignKey(c => c.UploadId);
        builder.Entity<PartnerComplex>(e =>
        {
            e.Property(c => c.Code).HasMaxLength(80);
            e.Property(c => c.Name).HasMaxLength(200);
        });
        builder.Entity<AuditEntry>().HasIndex(a => new { a.WorkspaceId, a.At });
        builder.Entity<SimulationResult>(e =>
        {
            e.HasKey(r => r.Key);
            e.Property(r => r.Key).HasMaxLength(32);
            e.Property(r => r.MunicipalityCode).HasMaxLength(10);
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.FileName).HasMaxLength(260);
            e.Property(r => r.Culture).HasMaxLength(10);
            e.Property(r => r.Owner).HasMaxLength(64);
            e.HasIndex(r => r.At);
            e.HasIndex(r => new { r.Owner, r.MunicipalityCode });
        });
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }

        foreach (var type in new[] { typeof(Actor), typeof(Risk), typeof(Initiative) })
        {
            builder.Entity(type).HasIndex(nameof(Actor.WorkspaceId));
        }
    }
}

/// <summary>Thrown when code tries to change or delete a ledger line, vote, answer revision or audit line.</summary>
public sealed class AddOnlyException(string entity)
    : InvalidOperationException(WorkspaceText.Format("AddOnly", entity));
