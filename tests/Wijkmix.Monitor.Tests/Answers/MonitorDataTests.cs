using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using static Wijkmix.Monitor.Tests.ObservationList;

namespace Wijkmix.Monitor.Tests;

public class MonitorDataTests
{
    private static MonitorData Data() => new(new ObservationList(
        [O("GM0001", 2024, "inhabitants", 1000)], [A("GM0001", "Eerstestad", 2024), A("WK000101", "Centrum", 2024)]));

    [Fact]
    public async Task A_long_question_holds_the_gate_only_while_it_reads_so_another_question_is_answered_meanwhile()
    {
        var data = Data();
        using var reading = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var longQuestion = Task.Run(() => data.Cached("long", s =>
        {
            var areas = s.AllAreas();
            reading.Set();
            // Computing on what was read: the other question must not wait for this.
            release.Wait(TimeSpan.FromSeconds(30));
            return areas;
        }));
        Assert.True(reading.Wait(TimeSpan.FromSeconds(30)));

        var other = Task.Run(() => data.Within(AreaCode.Parse("GM0001"), AreaLevel.District));
        var answeredFirst = await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(10))) == other;
        release.Set();

        Assert.True(answeredFirst, "the second question waited for the first one's computing");
        Assert.Equal("Centrum", Assert.Single(await other).Name);
        Assert.Equal(2, (await longQuestion).Count);
    }

    [Fact]
    public void A_write_that_stored_something_forgets_the_answers_and_one_that_did_not_keeps_them()
    {
        var data = Data();
        var first = data.Cached("answer", _ => new object());

        data.Change(() => 0, _ => false);
        Assert.Same(first, data.Cached("answer", _ => new object()));

        data.Change(() => 1, _ => true);
        Assert.NotSame(first, data.Cached("answer", _ => new object()));
    }
}
