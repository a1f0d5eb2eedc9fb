using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Workspace.Tests.Wijkfonds;

/// <summary>The store itself refuses to change or delete a ledger line, so a mistake can only be corrected by a new line.</summary>
public sealed class AddOnlyLedgerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkmix-fund-").FullName;

    private WorkspaceDb Open() => WorkspaceStorage.SqliteFile(Path.Combine(_folder, "werkruimte.db")).Open();

    [Fact]
    public async Task Changing_or_deleting_a_fund_entry_throws_and_the_row_stays_as_it_was()
    {
        int id;
        using (var db = Open())
        {
            await db.Database.MigrateAsync();
            var entry = new FundEntry
            {
                WorkspaceId = 1, Kind = FundEntryKind.Payment, Party = "Woningcorporatie Portaal", Amount = 1_000m, Description = "Eerste storting",
                RecordedBy = "Piet (Portaal)", At = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero),
            };
            db.FundEntries.Add(entry);
            await db.SaveChangesAsync();
            id = entry.Id;

            entry.Amount = 10m;
            var changed = await Assert.ThrowsAsync<AddOnlyException>(() => db.SaveChangesAsync());
            Assert.Equal("FundEntry kan alleen worden aangevuld, niet gewijzigd of verwijderd; corrigeer met een nieuwe regel.", changed.Message);
            Assert.Throws<AddOnlyException>(() => db.SaveChanges());
        }

        using (var db = Open())
        {
            var entry = await db.FundEntries.SingleAsync(e => e.Id == id);
            db.FundEntries.Remove(entry);
            await Assert.ThrowsAsync<AddOnlyException>(() => db.SaveChangesAsync());
        }

        using (var db = Open())
        {
            var stored = await db.FundEntries.AsNoTracking().SingleAsync();
            Assert.Equal((id, 1_000m, "Eerste storting", FundEntryKind.Payment), (stored.Id, stored.Amount, stored.Description, stored.Kind));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
