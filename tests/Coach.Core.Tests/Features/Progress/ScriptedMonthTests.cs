using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Progress;

/// <summary>
/// A month of daily questions in one channel, on a clock the test moves: Alice answers every day
/// and well, Bob every other day with a vague line, Carol the first three days only. Then the
/// leaderboard and Alice's progress, through the real engine and SQLite file.
/// </summary>
public sealed class ScriptedMonthTests : IAsyncLifetime
{
    private const int Days = 30;
    private const string BobsAnswer = "Honestly I think it depends on the situation, Bob's secret words";
    private static readonly ChatUser Alice = new("U-alice", "Alice");
    private static readonly ChatUser Bob = new("U-bob", "Bob");
    private static readonly ChatUser Carol = new("U-carol", "Carol");

    private EngineHarness _engine = null!;
    private ConversationFlow _channel = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.StartAsync(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        _channel = _engine.Flow();
        var poster = _engine.Get<DailyQuestionPoster>();
        var bank = _engine.Get<IQuestionBank>();
        for (var day = 1; day <= Days; day++)
        {
            var post = (await poster.PostNextAsync(_channel.Channel, QuestionFilter.All, _engine.Platform, CancellationToken.None))!;
            _engine.Time.Advance(TimeSpan.FromMinutes(10));
            await _channel.As(Alice).ReplyInThread(post.Thread, string.Join(' ', bank.Find(post.Question)!.KeyPoints));
            if (day % 2 == 1)
            {
                await _channel.As(Bob).ReplyInThread(post.Thread, BobsAnswer);
            }

            if (day <= 3)
            {
                await _channel.As(Carol).ReplyInThread(post.Thread, "Something about AWS security");
            }

            // The next question's day; after the last, the next morning before 09:00.
            _engine.Time.Advance((day < Days ? TimeSpan.FromDays(1) : TimeSpan.FromHours(22)) - TimeSpan.FromMinutes(10));
        }
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task The_month_leaderboard_ranks_by_questions_answered_with_averages_and_streaks_and_no_answer_text()
    {
        var sent = (await _channel.As(Carol).Command("coach", "leaderboard month")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Post, "a leaderboard is for the whole channel");
        var lines = sent.Message.Text.ToString().Split('\n');
        lines[0].ShouldBe("Leaderboard, this month (30 daily questions):");
        lines[1].ShouldStartWith("1. Alice: 30 answered, average ");
        lines[1].ShouldEndWith("longest streak 30");
        Average(lines[1]).ShouldBeGreaterThanOrEqualTo(90);
        lines[2].ShouldStartWith("2. Bob: 15 answered, average ");
        lines[2].ShouldEndWith("longest streak 1");
        Average(lines[2]).ShouldBeLessThan(Average(lines[1]));
        lines[3].ShouldStartWith("3. Carol: 3 answered");
        lines[3].ShouldEndWith("longest streak 3");
        sent.Message.Text.ToString().ShouldNotContain("secret words");
    }

    [Fact]
    public async Task The_week_leaderboard_counts_only_the_last_seven_days()
    {
        var lines = (await _channel.Command("coach", "leaderboard")).ShouldHaveSingleItem().Message.Text.ToString().Split('\n');

        lines[0].ShouldBe("Leaderboard, this week (7 daily questions):");
        lines[1].ShouldStartWith("1. Alice: 7 answered");
        lines[2].ShouldStartWith("2. Bob: 3 answered");
        lines.Length.ShouldBe(3, "Carol answered nothing this week");
    }

    [Fact]
    public async Task Progress_in_a_direct_message_shows_the_streak_the_last_five_scores_and_every_topic()
    {
        var sent = (await _channel.As(Alice).DirectMessage("coach progress")).ShouldHaveSingleItem();

        sent.Channel.IsDirect.ShouldBeTrue();
        var text = sent.Message.Text.ToString();
        text.ShouldContain("Streak: 30 days in a row.");
        text.ShouldContain("Last 5 scores, newest first: ");
        foreach (var topic in _engine.Get<IQuestionBank>().Questions.Select(question => question.Topic).Distinct())
        {
            text.ShouldContain(topic);
        }

        // Good answers come back after 1 day, then 6: in a 20-question cycle most are due again by now.
        var states = await _engine.Get<IReviewStore>().AllAsync(_engine.Platform.Name, Alice.Id, CancellationToken.None);
        var due = states.Count(state => state.IsDue(_engine.Time.GetUtcNow()));
        due.ShouldBeInRange(2, states.Count - 1);
        text.ShouldContain($"{due} questions due for review: say mock to practise them.");
    }

    [Fact]
    public async Task Progress_asked_in_the_channel_is_shown_to_the_asker_alone_and_a_streak_broken_days_ago_is_none()
    {
        var sent = (await _channel.As(Carol).Command("coach", "progress")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Private);
        sent.To.ShouldBe(Carol);
        var text = sent.Message.Text.ToString();

        text.ShouldContain("Streak: none yet");
        text.ShouldContain("Last 3 scores");
    }

    [Fact]
    public async Task A_leaderboard_in_a_direct_message_points_to_channels()
    {
        var sent = (await _channel.As(Alice).DirectMessage("coach leaderboard")).ShouldHaveSingleItem();
        sent.Message.Text.ToString().ShouldStartWith("Leaderboards belong to channels");
    }

    private static int Average(string line) =>
        int.Parse(line.Split("average ")[1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
}
