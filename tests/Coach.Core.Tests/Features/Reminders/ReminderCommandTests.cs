using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Reminders;

/// <summary><c>coach remind</c> and <c>coach away</c> as people type them, answered privately.</summary>
public sealed class ReminderCommandTests
{
    // Monday 30 November 2026, 06:00 UTC: 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Setting_a_reminder_says_when_it_comes_in_the_persons_own_zone_and_asking_again_shows_it()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "Europe/Berlin"));

        var set = (await me.DirectMessage("coach remind 8:30")).ShouldHaveSingleItem().Message.Text.ToString();
        var shown = (await me.DirectMessage("coach remind")).ShouldHaveSingleItem().Message.Text.ToString();

        set.ShouldBe("I'll remind you at 08:30 on weekdays (Europe/Berlin time) when there is something to practise, at most once a day. Next: Mon 30 Nov at 08:30. coach remind off stops it.");
        shown.ShouldBe("Your reminder: 08:30 on weekdays (Europe/Berlin time). Next: Mon 30 Nov at 08:30. coach remind off stops it.");
    }

    [Fact]
    public async Task A_reminder_asked_for_in_a_channel_is_answered_privately_and_comes_to_the_direct_conversation()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();

        var reply = (await me.Command("coach", "remind 09:15 daily")).ShouldHaveSingleItem();

        reply.Kind.ShouldBe(SentKind.Private);
        var reminder = (await engine.Get<IReminders>().FindAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldNotBeNull();
        reminder.Direct.ShouldBe(new ChannelRef(engine.Platform.Name, $"D-{me.User.Id}", IsDirect: true));
        reminder.Days.ShouldBe(Coach.Core.Learning.ReminderDays.Daily);
    }

    [Theory]
    [InlineData("coach remind 25:00")]
    [InlineData("coach remind 8am")]
    [InlineData("coach remind 08:30 sometimes")]
    public async Task A_time_Coach_cannot_read_gets_the_usage_and_sets_nothing(string text)
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();

        var reply = (await me.DirectMessage(text)).ShouldHaveSingleItem().Message.Text.ToString();

        reply.ShouldStartWith("That is not a time I can read; use the 24-hour clock. coach remind 08:30 sends you one message");
        (await engine.Get<IReminders>().FindAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Off_clears_the_reminder_and_says_so_only_when_there_was_one()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();
        await me.DirectMessage("coach remind 08:30");

        var off = (await me.DirectMessage("coach remind off")).ShouldHaveSingleItem().Message.Text.ToString();
        var again = (await me.DirectMessage("coach remind off")).ShouldHaveSingleItem().Message.Text.ToString();

        off.ShouldBe("Reminders are off. coach remind 08:30 turns them on again.");
        again.ShouldStartWith("You have no reminder.");
    }

    [Theory]
    [InlineData("coach away until 2026-11-29", "Sun 29 Nov 2026 is already past.")]
    [InlineData("coach away until 2028-01-01", "That is more than a year away.")]
    [InlineData("coach away until 2026-13-01", "That is not a date I can read.")]
    [InlineData("coach away for a while", "Say coach away until 2026-12-24")]
    public async Task An_away_date_Coach_cannot_take_is_refused_with_the_reason(string text, string reply)
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();

        (await me.DirectMessage(text)).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith(reply);
        (await engine.Get<IAwayPeriods>().ListAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_reminder_shows_the_away_period_it_skips()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "Europe/Berlin"));
        await me.DirectMessage("coach remind 08:30");
        await me.DirectMessage("coach away until 2026-12-02");

        var shown = (await me.DirectMessage("coach remind")).ShouldHaveSingleItem().Message.Text.ToString();

        shown.ShouldBe("Your reminder: 08:30 on weekdays (Europe/Berlin time). You are away until Wed 2 Dec 2026. Next: Thu 3 Dec at 08:30. coach remind off stops it.");
    }
}
