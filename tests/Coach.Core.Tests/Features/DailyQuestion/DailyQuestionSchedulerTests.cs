using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Tests;

namespace Coach.Core.Tests.Features.DailyQuestion;

/// <summary>The scheduler's passes over a real SQLite file, with the clock moved by the test.</summary>
public sealed class DailyQuestionSchedulerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Nine_in_Berlin_is_posted_at_nine_in_Berlin_across_both_daylight_saving_changes()
    {
        foreach (var start in new[] { new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 22, 0, 0, 0, TimeSpan.Zero) })
        {
            await using var engine = await EngineHarness.StartAsync(start);
            var channel = await ScheduleAsync(engine, "0 9 * * *", "Europe/Berlin", since: start);

            await RunEveryHalfHourAsync(engine, TimeSpan.FromDays(6));

            var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
            var posted = Posts(engine, channel).Select(sent => TimeZoneInfo.ConvertTime(sent.At, berlin)).ToList();
            posted.Count.ShouldBe(6);
            posted.ShouldAllBe(local => local.Hour == 9 && local.Minute == 0);
            posted.Select(local => local.Offset).Distinct().Count().ShouldBe(2, "the run crosses a change");
        }
    }

    [Fact]
    public async Task A_scripted_day_slot_fires_two_people_reply_and_the_next_day_brings_a_different_question()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(8));
        var channel = await ScheduleAsync(engine, "0 9 * * *", "UTC", since: Monday);
        var flow = engine.Flow(channel);

        await RunEveryHalfHourAsync(engine, TimeSpan.FromHours(1.5));
        var question = Posts(engine, channel).ShouldHaveSingleItem();
        question.At.ShouldBe(Monday.AddHours(9));

        var first = (await flow.As(new ChatUser("U-a", "Ana")).ReplyInThread(question.Sent.Reference, "my answer"))[0];
        var second = (await flow.As(new ChatUser("U-b", "Ben")).ReplyInThread(question.Sent.Reference, "another answer")).ShouldHaveSingleItem();
        first.Kind.ShouldBe(SentKind.ThreadReply);
        first.Message.Text.ToString().ShouldContain("Feedback for Ana");
        second.Kind.ShouldBe(SentKind.Private);
        second.To!.Name.ShouldBe("Ben");

        await RunEveryHalfHourAsync(engine, TimeSpan.FromHours(24));
        engine.Platform.Sent.Count(sent => sent.Kind == SentKind.ThreadReply).ShouldBe(1, "replied to, so no automatic reveal");
        var days = Posts(engine, channel);
        days.Count.ShouldBe(2);
        days[1].At.ShouldBe(Monday.AddDays(1).AddHours(9));
        days[1].Sent.Message.PartsOf<QuestionCard>().Single().Question.Id
            .ShouldNotBe(question.Sent.Message.PartsOf<QuestionCard>().Single().Question.Id);
    }

    [Fact]
    public async Task A_slot_missed_within_the_grace_window_is_posted_late_once()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(10.5));
        var channel = await ScheduleAsync(engine, "0 9 * * *", "UTC", since: Monday);

        await engine.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None);
        await engine.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None);

        Posts(engine, channel).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_slot_missed_beyond_the_grace_window_is_skipped_and_tomorrow_comes_as_usual()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(11.5));
        var channel = await ScheduleAsync(engine, "0 9 * * *", "UTC", since: Monday);

        await RunEveryHalfHourAsync(engine, TimeSpan.FromHours(12));
        Posts(engine, channel).ShouldBeEmpty();

        await RunEveryHalfHourAsync(engine, TimeSpan.FromHours(12));
        Posts(engine, channel).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_schedule_set_after_todays_slot_does_not_owe_it()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(10));
        var channel = await ScheduleAsync(engine, "0 9 * * *", "UTC", since: Monday.AddHours(10));

        await engine.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None);

        Posts(engine, channel).ShouldBeEmpty();
    }

    [Fact]
    public async Task After_a_restart_todays_slot_is_not_posted_again()
    {
        ChannelRef channel;
        string folder;
        await using (var before = await EngineHarness.StartAsync(Monday.AddHours(9)))
        {
            channel = await ScheduleAsync(before, "0 9 * * *", "UTC", since: Monday);
            await before.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None);
            Posts(before, channel).Count.ShouldBe(1);
            folder = before.Folder;
            await using var after = await EngineHarness.StartAsync(Monday.AddHours(9.5), folder);
            await after.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None);
            Posts(after, channel).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Two_schedulers_over_one_database_post_each_slot_exactly_once()
    {
        await using var first = await EngineHarness.StartAsync(Monday.AddHours(9));
        await using var second = await EngineHarness.StartAsync(Monday.AddHours(9), first.Folder);
        var channels = new List<ChannelRef>();
        for (var i = 0; i < 10; i++)
        {
            channels.Add(await ScheduleAsync(first, "0 9 * * *", "UTC", since: Monday));
        }

        await Task.WhenAll(
            Task.Run(() => first.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None)),
            Task.Run(() => second.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None)));

        foreach (var channel in channels)
        {
            (Posts(first, channel).Count + Posts(second, channel).Count).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_failed_post_is_retried_once_the_claim_lease_is_over_and_posted_once()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(9));
        var channel = await ScheduleAsync(engine, "0 9 * * *", "UTC", since: Monday);
        engine.Platform.FailNextPosts = 2;

        await RunEveryMinuteAsync(engine, TimeSpan.FromMinutes(10));

        Posts(engine, channel).Count.ShouldBe(1);
        engine.Platform.FailNextPosts.ShouldBe(0);
    }

    [Fact]
    public async Task An_unanswered_question_has_its_answer_revealed_after_four_hours()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(9));
        var channel = await ScheduleAsync(engine, "0 9 * * *", "UTC", since: Monday);

        await RunEveryHalfHourAsync(engine, TimeSpan.FromHours(3.5));
        engine.Platform.Sent.Where(sent => sent.Kind == SentKind.ThreadReply).ShouldBeEmpty();

        await RunEveryHalfHourAsync(engine, TimeSpan.FromHours(1.5));
        var reveal = engine.Platform.Sent.Where(sent => sent.Kind == SentKind.ThreadReply).ShouldHaveSingleItem();
        reveal.Channel.ShouldBe(channel);
        reveal.Thread.ShouldBe(engine.Platform.Sent.First(sent => sent.Kind == SentKind.Post).Reference);
        reveal.Message.PartsOf<AnswerCard>().ShouldHaveSingleItem();
        engine.Platform.Sent.ShouldContain(sent => sent.Kind == SentKind.Update && sent.Reference == reveal.Thread);

        await RunEveryHalfHourAsync(engine, TimeSpan.FromHours(2));
        engine.Platform.Sent.Count(sent => sent.Kind == SentKind.ThreadReply).ShouldBe(1);
    }

    [Fact]
    public async Task A_paused_channel_gets_nothing()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(9));
        var channel = new ChannelRef(engine.Platform.Name, $"C-{Guid.NewGuid():N}");
        await engine.Get<IChannelStore>().SaveAsync(new ChannelSettings(channel, "0 9 * * *", "UTC", [], [], Paused: true, Monday), CancellationToken.None);

        await engine.Get<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None);

        Posts(engine, channel).ShouldBeEmpty();
    }

    private static async Task<ChannelRef> ScheduleAsync(EngineHarness engine, string cron, string zone, DateTimeOffset since)
    {
        var channel = new ChannelRef(engine.Platform.Name, $"C-{Guid.NewGuid():N}");
        await engine.Get<IChannelStore>().SaveAsync(new ChannelSettings(channel, cron, zone, [], [], Paused: false, since), CancellationToken.None);
        return channel;
    }

    private static Task RunEveryHalfHourAsync(EngineHarness engine, TimeSpan span) => RunEveryAsync(engine, span, TimeSpan.FromMinutes(30));

    private static Task RunEveryMinuteAsync(EngineHarness engine, TimeSpan span) => RunEveryAsync(engine, span, TimeSpan.FromMinutes(1));

    private static async Task RunEveryAsync(EngineHarness engine, TimeSpan span, TimeSpan step)
    {
        var scheduler = engine.Get<DailyQuestionScheduler>();
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += step)
        {
            await scheduler.RunDueAsync(CancellationToken.None);
            engine.Time.Advance(step);
        }
    }

    /// <summary>The channel's daily questions, each with the time it was recorded as posted.</summary>
    private static List<(Sent Sent, DateTimeOffset At)> Posts(EngineHarness engine, ChannelRef channel)
    {
        var store = engine.Get<IDailyPostStore>();
        return [.. engine.Platform.Sent
            .Where(sent => sent.Kind == SentKind.Post && sent.Channel == channel)
            .Select(sent => (sent, store.FindByThreadAsync(channel, sent.Reference, CancellationToken.None).GetAwaiter().GetResult()!.PostedAt))];
    }
}
