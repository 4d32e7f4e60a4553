using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Progress;

/// <summary>Streak days and "today" in each person's own time zone, and days away that keep the streak.</summary>
public sealed class OwnTimeZoneTests
{
    // Monday 30 November 2026, midnight UTC.
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Streak_days_are_counted_in_the_persons_own_zone()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddDays(1).AddHours(3));
        var channel = engine.Flow();
        var ned = new ChatUser($"U-{Guid.NewGuid():N}", "Ned");
        var una = new ChatUser($"U-{Guid.NewGuid():N}", "Una");
        engine.Platform.TimeZones[ned.Id] = "America/New_York";

        // Tuesday 03:00 and 23:00 UTC: one day in UTC, Monday and Tuesday evenings in New York.
        await AnswerDailyAsync(engine, channel, [ned, una]);
        engine.Time.Advance(TimeSpan.FromHours(20));
        await AnswerDailyAsync(engine, channel, [ned, una]);
        engine.Time.Advance(TimeSpan.FromHours(16));

        (await channel.As(ned).Command("coach", "progress")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Streak: 2 days in a row.");
        (await channel.As(una).Command("coach", "progress")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Streak: 1 day.");
    }

    [Fact]
    public async Task Days_away_keep_the_streak_and_do_not_add_to_it()
    {
        await using var engine = await EngineHarness.StartAsync(Monday.AddHours(9));
        var channel = engine.Flow();
        var away = new ChatUser($"U-{Guid.NewGuid():N}", "Ava", TimeZone: "UTC");
        var stayed = new ChatUser($"U-{Guid.NewGuid():N}", "Sam", TimeZone: "UTC");
        await AnswerDailyAsync(engine, channel, [away, stayed]);
        engine.Time.Advance(TimeSpan.FromDays(1));
        await AnswerDailyAsync(engine, channel, [away, stayed]);
        await channel.As(away).Command("coach", "away until 2026-12-03");

        // Friday, before practising: Wednesday and Thursday were away days.
        engine.Time.Advance(TimeSpan.FromDays(3));

        (await channel.As(away).Command("coach", "progress")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Streak: 2 days in a row.");
        (await channel.As(stayed).Command("coach", "progress")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Streak: none yet");
    }

    [Fact]
    public async Task An_interview_date_that_is_today_for_the_person_is_not_in_the_past()
    {
        // Tuesday 02:00 UTC is still Monday evening in New York.
        await using var engine = await EngineHarness.StartAsync(Monday.AddDays(1).AddHours(2));
        var me = engine.Flow().As(new ChatUser($"U-{Guid.NewGuid():N}", "Ned", TimeZone: "America/New_York"));

        var set = (await me.DirectMessage("coach interview-date 2026-11-30")).ShouldHaveSingleItem().Message.Text.ToString();

        set.ShouldStartWith("Noted: Your interview is today (Mon 30 Nov 2026).");
    }

    private static async Task AnswerDailyAsync(EngineHarness engine, ConversationFlow channel, IReadOnlyList<ChatUser> people)
    {
        var post = (await engine.Get<DailyQuestionPoster>().PostNextAsync(channel.Channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!;
        var answer = string.Join(' ', engine.Get<IQuestionBank>().Find(post.Question)!.KeyPoints);
        foreach (var person in people)
        {
            await channel.As(person).ReplyInThread(post.Thread, answer);
        }
    }
}
