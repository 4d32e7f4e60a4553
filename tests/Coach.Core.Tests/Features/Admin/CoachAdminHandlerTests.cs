using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Admin;

/// <summary><c>/coach …</c> through the real engine; the clock stands at Sunday 29 Nov 2026, 12:00 UTC (07:00 in New York).</summary>
public sealed class CoachAdminHandlerTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Schedule_saves_the_channels_slot_and_announces_the_next_one()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();

        var sent = (await flow.Command("coach", "schedule 0 9 * * MON-FRI Europe/Berlin iam, data protection")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Post);
        sent.Message.Text.ShouldBe("Daily question scheduled: 0 9 * * MON-FRI (Europe/Berlin), topics: iam, data protection. Next: Mon 30 Nov 2026 09:00 Europe/Berlin.");
        var settings = (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None))!;
        settings.Topics.ShouldBe(["iam", "data protection"]);
        settings.ActiveSince.ShouldBe(Sunday);
    }

    [Fact]
    public async Task Schedule_with_a_difficulty_keeps_the_daily_question_to_that_difficulty_across_restarts()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday, decks: EngineDecks.Shipped);
        var flow = engine.Flow();

        var sent = (await flow.Command("coach", "schedule 0 9 * * MON-FRI UTC logging, difficulty hard")).ShouldHaveSingleItem();

        sent.Message.Text.ShouldBe("Daily question scheduled: 0 9 * * MON-FRI (UTC), topics: logging, hard questions only. Next: Mon 30 Nov 2026 09:00 UTC.");
        var settings = (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None))!;
        settings.Difficulty.ShouldBe(Coach.Core.Questions.Difficulty.Hard);
        settings.Topics.ShouldBe(["logging"]);
        var bank = engine.Get<IQuestionBank>();
        var hard = bank.Questions.Where(settings.Filter.Matches).ToList();
        hard.Count.ShouldBeGreaterThanOrEqualTo(2);
        for (var i = 0; i < hard.Count; i++)
        {
            engine.Time.Advance(TimeSpan.FromMinutes(10));
            var posted = (await flow.Command("coach", "next")).ShouldHaveSingleItem();
            var question = posted.Message.PartsOf<QuestionCard>().ShouldHaveSingleItem().Question;
            question.Metadata.Difficulty.ShouldBe(Coach.Core.Questions.Difficulty.Hard);
            question.Topic.ShouldBe("Logging");
        }
    }

    [Fact]
    public async Task Schedule_with_an_unknown_difficulty_is_refused()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var sent = (await engine.Flow().Command("coach", "schedule 0 9 * * * UTC difficulty extreme")).ShouldHaveSingleItem();
        sent.Kind.ShouldBe(SentKind.Private);
        sent.Message.Text.ToString().ShouldContain("A difficulty is one of easy, medium, hard");
    }

    [Fact]
    public async Task Schedule_without_a_zone_uses_the_configured_default()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var sent = (await engine.Flow().Command("coach", "schedule 30 8 * * *")).ShouldHaveSingleItem();
        sent.Message.Text.ToString().ShouldContain("30 8 * * * (UTC)");
    }

    [Theory]
    [InlineData("schedule 0 9 * *", "needs five cron fields")]
    [InlineData("schedule 0 25 * * *", "is not a cron schedule")]
    [InlineData("schedule 0 9 * * * Europe/Berln", "'Europe/Berln' is not a time zone")]
    public async Task An_invalid_schedule_is_refused_privately_and_nothing_is_saved(string text, string message)
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();

        var sent = (await flow.Command("coach", text)).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Private);
        sent.Message.Text.ToString().ShouldContain(message);
        (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Status_tells_the_next_slot_the_questions_left_and_the_skipped_dates()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();
        await flow.Command("coach", "schedule 0 9 * * * America/New_York");
        (await flow.Command("coach", "skip 2026-12-24..2026-12-26")).ShouldHaveSingleItem().Message.Text
            .ShouldBe("No daily question from Thu 24 Dec 2026 to Sat 26 Dec 2026.");
        await flow.Command("coach", "next");

        var status = (await flow.Command("coach", "status")).ShouldHaveSingleItem();

        status.Kind.ShouldBe(SentKind.Private);
        status.Message.Text.ShouldBe("""
            Schedule: 0 9 * * * (America/New_York)
            Next question: Sun 29 Nov 2026 09:00 America/New_York
            Topics: all; 19 question(s) left in this cycle
            Skipped dates: Thu 24 Dec 2026, Fri 25 Dec 2026, Sat 26 Dec 2026
            """);
    }

    [Fact]
    public async Task Pause_stops_the_schedule_and_resume_starts_it_again_without_back_posts()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();
        var scheduler = engine.Get<DailyQuestionScheduler>();
        await flow.Command("coach", "schedule 0 13 * * * UTC");

        (await flow.Command("coach", "pause")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Daily question paused.");
        engine.Time.Advance(TimeSpan.FromHours(1.5));
        await scheduler.RunDueAsync(CancellationToken.None);
        (await flow.Command("coach", "resume")).ShouldHaveSingleItem().Message.Text.ShouldBe("Daily question resumed. Next: Mon 30 Nov 2026 13:00 UTC.");
        await scheduler.RunDueAsync(CancellationToken.None);

        engine.Platform.Sent.ShouldNotContain(sent => sent.Message.PartsOf<QuestionCard>().Any(), "13:00 passed while paused");
    }

    [Fact]
    public async Task Next_posts_a_question_now()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();

        var sent = (await flow.Command("coach", "next")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Post);
        sent.Message.PartsOf<QuestionCard>().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Commands_that_need_a_schedule_say_how_to_start_one()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        foreach (var verb in new[] { "status", "pause", "resume", "skip 2026-12-24" })
        {
            (await engine.Flow().Command("coach", verb)).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("There is no daily question in this channel yet.");
        }
    }

    [Fact]
    public async Task Topics_lists_the_banks_topics_with_their_sizes()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var text = (await engine.Flow().Command("coach", "topics")).ShouldHaveSingleItem().Message.Text.ToString();
        text.ShouldContain("• Identity & Access Management (IAM) (3)");
        text.ShouldContain("• Advanced Scenarios (10)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    [InlineData("frobnicate")]
    public async Task Help_and_unknown_subcommands_list_the_commands(string text)
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        (await engine.Flow().Command("coach", text)).ShouldHaveSingleItem().Message.Text.Commands.ShouldContain(command => command.Words.StartsWith("coach schedule <cron>", StringComparison.Ordinal));
    }
}
