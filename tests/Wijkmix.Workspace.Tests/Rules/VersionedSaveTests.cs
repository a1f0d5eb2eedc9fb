using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Tests.Storage;

namespace Wijkmix.Workspace.Tests.Rules;

/// <summary>Two members edit the same item: the first save wins, the second gets the item as the first left it.</summary>
public sealed class VersionedSaveTests(TempStore store) : IClassFixture<TempStore>
{
    [Fact]
    public async Task SaveAsync_CurrentVersion_AppliesAndCountsTheVersionUp()
    {
        var id = await Stored("Wijkagent", influence: 3);
        using var db = store.Open();
        var actor = await db.Actors.SingleAsync(a => a.Id == id);

        var outcome = await VersionedSave.SaveAsync(db, actor, postedVersion: 0, a => a.Influence = 5);

        Assert.True(outcome.Saved);
        Assert.Null(outcome.Current);
        using var check = store.Open();
        var stored = await check.Actors.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal((5, 1), (stored.Influence, stored.Version));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_IsAConflictCarryingTheStoredItem()
    {
        var id = await Stored("Wijkagent", influence: 3);
        using (var first = store.Open())
        {
            var mine = await first.Actors.SingleAsync(a => a.Id == id);
            Assert.True((await VersionedSave.SaveAsync(first, mine, 0, a => a.Role = "Veiligheid op straat")).Saved);
        }

        using var second = store.Open();
        var theirs = await second.Actors.SingleAsync(a => a.Id == id);
        var outcome = await VersionedSave.SaveAsync(second, theirs, postedVersion: 0, a => a.Role = "Klankbord");

        Assert.True(outcome.IsConflict);
        Assert.Equal(("Veiligheid op straat", 1), (outcome.Current!.Role, outcome.Current.Version));
        using var check = store.Open();
        Assert.Equal("Veiligheid op straat", (await check.Actors.AsNoTracking().SingleAsync(a => a.Id == id)).Role);
    }

    [Fact]
    public async Task SaveAsync_SavedBetweenReadAndWrite_TheUpdateItselfRefuses()
    {
        var id = await Stored("Wijkagent", influence: 3);
        using var late = store.Open();
        var read = await late.Actors.SingleAsync(a => a.Id == id);
        using (var early = store.Open())
        {
            var actor = await early.Actors.SingleAsync(a => a.Id == id);
            Assert.True((await VersionedSave.SaveAsync(early, actor, 0, a => a.Influence = 4)).Saved);
        }

        // The version read (0) still matches the form, so only the UPDATE's version check sees the other save.
        var outcome = await VersionedSave.SaveAsync(late, read, postedVersion: 0, a => a.Influence = 1);

        Assert.True(outcome.IsConflict);
        Assert.Equal((4, 1), (outcome.Current!.Influence, outcome.Current.Version));
    }

    [Fact]
    public async Task SaveAsync_NewItem_IsAddedAtVersionZero()
    {
        using var db = await store.OpenMigrated();
        var actor = db.Actors.Add(new Actor { WorkspaceId = 1, Organisation = "Buurthuis De Schakel" }).Entity;

        var outcome = await VersionedSave.SaveAsync(db, actor, postedVersion: 0, a => a.Influence = 2);

        Assert.True(outcome.Saved);
        Assert.Equal((2, 0), (actor.Influence, actor.Version));
    }

    private async Task<int> Stored(string organisation, int influence)
    {
        using var db = await store.OpenMigrated();
        var actor = new Actor { WorkspaceId = 1, Organisation = organisation, Influence = influence, Involvement = 3 };
        db.Actors.Add(actor);
        await db.SaveChangesAsync();
        return actor.Id;
    }
}
