using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;

namespace Coach.Core.Tests.Review;

/// <summary>Every graded answer moves the person's spaced-repetition state on, through the real engine and SQLite file.</summary>
public sealed class ReviewRecordingTests
{
    [Fact]
    public async Task A_mock_interview_schedules_a_good_answer_for_tomorrow_and_a_skipped_question_for_now()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var known = Asked((await me.DirectMessage("mock 2")).ShouldHaveSingleItem());

        var next = await me.DirectMessage(string.Join(' ', known.KeyPoints));
        var skipped = Asked(next[^1]);
        await me.DirectMessage("skip");

        var states = await engine.Get<IReviewStore>().AllAsync(engine.Platform.Name, me.User.Id, CancellationToken.None);
        var now = engine.Time.GetUtcNow();
        states.Select(state => state.Question).ShouldBe([skipped.Id, known.Id], "soonest due first");
        states[0].ShouldSatisfyAllConditions(
            state => state.Due.ShouldBe(now),
            state => state.Lapses.ShouldBe(1));
        states[1].ShouldSatisfyAllConditions(
            state => state.Due.ShouldBe(now.AddDays(1)),
            state => state.Repetitions.ShouldBe(1),
            state => state.LastScore.ShouldBeGreaterThanOrEqualTo(50));
    }

    [Fact]
    public async Task Replying_twice_to_one_daily_question_counts_once()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var post = (await engine.Get<DailyQuestionPoster>().PostNextAsync(flow.Channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!;
        var alice = new ChatUser("U-alice", "Alice");

        await flow.As(alice).ReplyInThread(post.Thread, "Some thoughts about it");
        engine.Time.Advance(TimeSpan.FromMinutes(5));
        await flow.As(alice).ReplyInThread(post.Thread, "And a second go at it");

        var state = (await engine.Get<IReviewStore>().FindAsync(engine.Platform.Name, alice.Id, post.Question, CancellationToken.None)).ShouldNotBeNull();
        state.LastAnswered.ShouldBe(post.PostedAt, "the first reply counts, the second does not");
        (state.Repetitions + state.Lapses).ShouldBe(1);
    }

    [Fact]
    public async Task A_mock_without_a_topic_brings_back_a_missed_question_before_new_ones()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var missed = Asked((await me.DirectMessage("mock 1")).ShouldHaveSingleItem());
        await me.DirectMessage("no idea");
        engine.Time.Advance(TimeSpan.FromHours(1));

        var next = Asked((await me.DirectMessage("mock 1")).ShouldHaveSingleItem());

        next.Id.ShouldBe(missed.Id);
    }

    [Fact]
    public async Task A_question_answered_well_waits_for_its_day_while_new_ones_come_first()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var known = Asked((await me.DirectMessage("mock 1")).ShouldHaveSingleItem());
        await me.DirectMessage(string.Join(' ', known.KeyPoints));
        engine.Time.Advance(TimeSpan.FromHours(1));

        Asked((await me.DirectMessage("mock 1")).ShouldHaveSingleItem()).Id.ShouldNotBe(known.Id);
    }

    [Fact]
    public async Task A_question_failed_twice_comes_back_before_one_answered_well_even_after_a_restart()
    {
        using var folder = new TempFolder();
        var alice = new ChatUser("U-alice", "Alice");
        DateTimeOffset later;
        Question failed, known;
        await using (var engine = await EngineHarness.StartAsync(folder: folder.Path))
        {
            var me = engine.Flow().As(alice);
            failed = Asked((await me.DirectMessage("mock 2")).ShouldHaveSingleItem());
            known = Asked((await me.DirectMessage("no idea"))[^1]);
            await me.DirectMessage(string.Join(' ', known.KeyPoints));
            engine.Time.Advance(TimeSpan.FromMinutes(5));
            Asked((await me.DirectMessage("mock 1")).ShouldHaveSingleItem()).Id.ShouldBe(failed.Id);
            await me.DirectMessage("still no idea");
            later = engine.Time.GetUtcNow().AddDays(2); // the good answer is due again by then too
        }

        await using var restarted = await EngineHarness.StartAsync(later, folder.Path);
        await restarted.Flow().As(alice).DirectMessage("mock 2");

        var session = (await restarted.Get<IInterviewStore>().FindOpenAsync(restarted.Platform.Name, alice.Id, CancellationToken.None)).ShouldNotBeNull();
        session.Questions.ShouldBe([failed.Id, known.Id]);
    }

    private static Question Asked(Sent sent) => sent.Message.PartsOf<QuestionCard>().ShouldHaveSingleItem().Question;
}
