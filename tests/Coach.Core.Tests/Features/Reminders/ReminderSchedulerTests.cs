using Coach.Core.App;
using Coach.Core.Features.Reminders;
using Coach.Core.Ports;
using Coach.Core.Review;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Reminders;

/// <summary>Reminders sent by the scheduler's passes over a real SQLite file, with the clock moved by the test.</summary>
public sealed class ReminderSchedulerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Monday 30 November 2026, midnight UTC.
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Berlin_and_New_York_at_half_past_eight_are_each_reminded_at_their_own_half_past_eight_once_a_day_across_daylight_saving_with_two_schedulers()
    {
        // America changes on 8 March 2026, Europe on 29 March: both windows cross one change for each person.
        foreach (var start in new[] { new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.Zero) })
        {
            await using var first = await EngineHarness.StartAsync(start);
            await using var second = await EngineHarness.StartAsync(start, first.Folder);
            // Bea's zone comes with her messages (as Teams and the playground send it); Ned's platform is asked (as Slack is).
            var bea = first.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "Europe/Berlin"));
            var ned = first.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Ned"));
            first.Platform.TimeZones[ned.User.Id] = second.Platform.TimeZones[ned.User.Id] = "America/New_York";
            await bea.DirectMessage("coach remind 08:30 daily");
            await ned.DirectMessage("coach remind 08:30 daily");

            var sent = await RunEveryHalfHourAsync([first, second], TimeSpan.FromDays(6));

            var crossing = start.Day == 5 ? NewYork : Berlin;
            foreach (var (person, zone) in new[] { (bea, Berlin), (ned, NewYork) })
            {
                var local = sent.Where(nudge => nudge.Sent.Channel.Id == person.Channel.Id).Select(nudge => TimeZoneInfo.ConvertTime(nudge.At, zone)).ToList();
                local.Count.ShouldBe(6, $"one a day for {zone.Id}, from either scheduler");
                local.ShouldAllBe(at => at.Hour == 8 && at.Minute == 30);
                local.Select(at => at.Date).Distinct().Count().ShouldBe(6);
                local.Select(at => at.Offset).Distinct().Count().ShouldBe(zone == crossing ? 2 : 1);
            }
        }
    }

    [Fact]
    public async Task Away_until_a_date_pauses_reminders_and_they_resume_the_day_after()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "Europe/Berlin"));
        await me.DirectMessage("coach remind 08:30 daily");
        var away = (await me.DirectMessage("coach away until 2026-12-02")).ShouldHaveSingleItem().Message.Text.ToString();

        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(4.5));

        away.ShouldStartWith("Away until Wed 2 Dec 2026: no reminders until then, and your streak waits for you.");
        sent.Select(nudge => TimeZoneInfo.ConvertTime(nudge.At, Berlin).Date).ShouldBe([new DateTime(2026, 12, 3), new DateTime(2026, 12, 4)]);
    }

    [Fact]
    public async Task Back_early_ends_the_pause_from_today()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "Europe/Berlin"));
        await me.DirectMessage("coach remind 08:30");
        await me.DirectMessage("coach away until 2026-12-20");
        (await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(1))).ShouldBeEmpty();

        (await me.DirectMessage("coach away off")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Welcome back");
        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(1));

        sent.Select(nudge => TimeZoneInfo.ConvertTime(nudge.At, Berlin).Date).ShouldBe([new DateTime(2026, 12, 1)]);
    }

    [Fact]
    public async Task Nothing_to_practise_sends_nothing_and_the_day_reviews_fall_due_sends_one_counting_them()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "UTC"));
        var bank = engine.Get<IQuestionBank>();
        foreach (var question in bank.Questions)
        {
            var due = question == bank.Questions[0] ? Monday.AddDays(2).AddHours(6) : question == bank.Questions[1] ? Monday.AddDays(2).AddHours(7) : Monday.AddDays(30);
            await engine.Get<IReviewStore>().SaveAsync(engine.Platform.Name, me.User.Id, ReviewState.New(question.Id, Monday) with { Due = due, Repetitions = 1, LastScore = 90 }, CancellationToken.None);
        }

        await me.DirectMessage("coach remind 08:30 daily");

        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(3));

        var nudge = sent.ShouldHaveSingleItem();
        nudge.At.ShouldBe(Monday.AddDays(2).AddHours(8.5));
        nudge.Sent.Message.Text.ToString().ShouldBe("2 reviews are due: a few minutes now keeps them fresh.");
        var practise = nudge.Sent.Message.PartsOf<ButtonRow>().Single().Buttons[0];
        practise.ShouldBe(new Button(CoachActions.StartMockInterview, "Practise now", $"{bank.Questions[0].Id} {bank.Questions[1].Id}"));
    }

    [Fact]
    public async Task Practise_now_starts_a_mock_interview_over_the_reviews_the_reminder_counted()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "UTC"));
        var bank = engine.Get<IQuestionBank>();
        foreach (var question in bank.Questions)
        {
            var due = question == bank.Questions[5] ? Monday.AddHours(-2) : question == bank.Questions[9] ? Monday.AddHours(-1) : Monday.AddDays(30);
            await engine.Get<IReviewStore>().SaveAsync(engine.Platform.Name, me.User.Id, ReviewState.New(question.Id, Monday) with { Due = due }, CancellationToken.None);
        }

        await me.DirectMessage("coach remind 08:30");
        var nudge = (await RunEveryHalfHourAsync([engine], TimeSpan.FromHours(3))).ShouldHaveSingleItem().Sent;
        var practise = nudge.Message.PartsOf<ButtonRow>().Single().Buttons[0];

        var asked = await me.SendAsync(new ActionTurn { Channel = nudge.Channel, User = me.User, ActionId = practise.ActionId, Value = practise.Value, Message = nudge.Reference });

        asked.ShouldHaveSingleItem().Message.PartsOf<QuestionCard>().Single().Question.Id.ShouldBe(bank.Questions[5].Id);
        var session = (await engine.Get<IInterviewStore>().FindOpenAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldNotBeNull();
        session.Questions.ShouldBe([bank.Questions[5].Id, bank.Questions[9].Id]);
    }

    [Fact]
    public async Task A_new_person_is_reminded_of_the_next_question_they_have_not_practised()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "UTC"));
        await me.DirectMessage("coach remind 08:30");

        var nudge = (await RunEveryHalfHourAsync([engine], TimeSpan.FromHours(3))).ShouldHaveSingleItem().Sent;

        var first = engine.Get<IQuestionBank>().Questions[0];
        nudge.Message.Text.ToString().ShouldBe($"Nothing is due for review. Next new question: “{first.Title}” ({first.Topic}).");
        nudge.Message.PartsOf<ButtonRow>().Single().Buttons.Select(button => button.Label).ShouldBe(["Practise now", "Tomorrow", "Stop reminders"]);
    }

    [Fact]
    public async Task Tomorrow_says_when_the_next_reminder_comes_and_Stop_reminders_stops_them()
    {
        // Friday 4 December: with weekdays, the one after today's is Monday's.
        await using var engine = await EngineHarness.StartAsync(Monday.AddDays(4).AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "Europe/Berlin"));
        await me.DirectMessage("coach remind 08:30 weekdays");
        var nudge = (await RunEveryHalfHourAsync([engine], TimeSpan.FromHours(3))).ShouldHaveSingleItem().Sent;

        var tomorrow = (await me.SendAsync(new ActionTurn { Channel = nudge.Channel, User = me.User, ActionId = CoachActions.RemindTomorrow, Message = nudge.Reference })).ShouldHaveSingleItem();
        var stop = (await me.SendAsync(new ActionTurn { Channel = nudge.Channel, User = me.User, ActionId = CoachActions.StopReminders, Message = nudge.Reference })).ShouldHaveSingleItem();
        var after = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(4));

        tomorrow.Kind.ShouldBe(SentKind.Update);
        tomorrow.Reference.ShouldBe(nudge.Reference);
        tomorrow.Message.Text.ToString().ShouldBe("Fine, not today. Next reminder: Mon 7 Dec at 08:30.");
        stop.Message.Text.ToString().ShouldStartWith("Reminders are off.");
        after.ShouldBeEmpty();
        (await engine.Get<IReminders>().FindAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task A_reminder_missed_within_the_grace_is_sent_late_once_and_beyond_it_not_at_all()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var late = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Lea", TimeZone: "UTC"));
        var missed = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Mo", TimeZone: "UTC"));
        await late.DirectMessage("coach remind 08:30");
        await missed.DirectMessage("coach remind 06:30");

        // The service was down from 06:00 until 09:00.
        engine.Time.Advance(TimeSpan.FromHours(3));
        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromHours(3));

        sent.ShouldHaveSingleItem().Sent.Channel.Id.ShouldBe(late.Channel.Id);
        sent[0].At.ShouldBe(Monday.AddHours(9));
    }

    [Fact]
    public async Task A_reminder_moved_later_on_a_day_it_was_sent_waits_for_tomorrow()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "UTC"));
        await me.DirectMessage("coach remind 08:30 daily");
        (await RunEveryHalfHourAsync([engine], TimeSpan.FromHours(3))).ShouldHaveSingleItem();

        var moved = (await me.DirectMessage("coach remind 10:00 daily")).ShouldHaveSingleItem().Message.Text.ToString();
        var shown = (await me.DirectMessage("coach remind")).ShouldHaveSingleItem().Message.Text.ToString();
        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(1.5));

        sent.ShouldHaveSingleItem().At.ShouldBe(Monday.AddDays(1).AddHours(10));
        moved.ShouldContain("Next: Tue 1 Dec at 10:00.", Case.Sensitive, "today's has come, so not today at 10:00");
        shown.ShouldContain("Tue 1 Dec at 10:00");
    }

    [Fact]
    public async Task Tomorrow_pressed_on_yesterdays_reminder_before_todays_means_none_today()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "UTC"));
        await me.DirectMessage("coach remind 08:30 daily");
        var monday = (await RunEveryHalfHourAsync([engine], TimeSpan.FromHours(3))).ShouldHaveSingleItem().Sent;

        // Tuesday 07:00: the person answers Monday's reminder with "Tomorrow".
        engine.Time.Advance(Monday.AddDays(1).AddHours(7) - engine.Time.GetUtcNow());
        var tomorrow = (await me.SendAsync(new ActionTurn { Channel = monday.Channel, User = me.User, ActionId = CoachActions.RemindTomorrow, Message = monday.Reference })).ShouldHaveSingleItem();
        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(1.25));

        tomorrow.Message.Text.ToString().ShouldBe("Fine, not today. Next reminder: Wed 2 Dec at 08:30.");
        sent.ShouldHaveSingleItem().At.ShouldBe(Monday.AddDays(2).AddHours(8).AddMinutes(30));
    }

    [Fact]
    public async Task A_person_who_moves_is_reminded_at_their_new_morning_once_the_platform_says_so()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Ned"));
        engine.Platform.TimeZones[me.User.Id] = "Europe/Berlin";
        await me.DirectMessage("coach remind 08:30 daily");
        await RunEveryHalfHourAsync([engine], TimeSpan.FromHours(18));

        engine.Platform.TimeZones[me.User.Id] = "America/New_York";
        var lookups = engine.Platform.TimeZoneLookups;
        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(2));

        sent.Select(nudge => TimeZoneInfo.ConvertTime(nudge.At, NewYork)).ShouldAllBe(at => at.Hour == 8 && at.Minute == 30);
        sent.Count.ShouldBe(2);
        (engine.Platform.TimeZoneLookups - lookups).ShouldBe(2, "asked once a day, not every pass");
    }

    [Fact]
    public async Task A_platform_that_cannot_say_the_zone_is_asked_once_a_day_and_the_default_zone_serves()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(6));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Uma"));
        await me.DirectMessage("coach remind 08:30 daily");
        var lookups = engine.Platform.TimeZoneLookups;

        var sent = await RunEveryHalfHourAsync([engine], TimeSpan.FromDays(2.5));

        sent.Select(nudge => nudge.At).ShouldBe([Monday.AddHours(8.5), Monday.AddDays(1).AddHours(8.5), Monday.AddDays(2).AddHours(8.5)], "08:30 in UTC, the default zone");
        (engine.Platform.TimeZoneLookups - lookups).ShouldBe(2, "asked again a day after each time, not on every pass");
    }

    /// <summary>Runs every engine's reminder pass at once, every half hour; returns each reminder sent with the time it was sent.</summary>
    private static async Task<List<(Sent Sent, DateTimeOffset At)>> RunEveryHalfHourAsync(IReadOnlyList<EngineHarness> engines, TimeSpan span)
    {
        var step = TimeSpan.FromMinutes(30);
        var seen = engines.Select(engine => engine.Platform.Sent.Count).ToArray();
        var sent = new List<(Sent, DateTimeOffset)>();
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += step)
        {
            await Task.WhenAll(engines.Select(engine => Task.Run(() => engine.Get<ReminderScheduler>().RunDueAsync(CancellationToken.None))));
            for (var i = 0; i < engines.Count; i++)
            {
                var all = engines[i].Platform.Sent;
                sent.AddRange(all.Skip(seen[i]).Where(message => message.Kind == SentKind.Post).Select(message => (message, engines[i].Time.GetUtcNow())));
                seen[i] = all.Count;
                engines[i].Time.Advance(step);
            }
        }

        return sent;
    }
}
