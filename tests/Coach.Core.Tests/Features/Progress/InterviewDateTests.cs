using Coach.Core.Ports;

namespace Coach.Core.Tests.Features.Progress;

/// <summary><c>coach interview-date</c>: the countdown, what is left to cover, and mock interviews that cover it.</summary>
public sealed class InterviewDateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Setting_a_date_starts_a_countdown_that_progress_shows()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();

        var set = (await me.DirectMessage("coach interview-date 2026-12-15")).ShouldHaveSingleItem().Message.Text.ToString();
        engine.Time.Advance(TimeSpan.FromDays(2));
        var progress = (await me.DirectMessage("coach progress")).ShouldHaveSingleItem().Message.Text.ToString();

        set.ShouldStartWith("Noted: Your interview is on Tue 15 Dec 2026, in 15 days.");
        set.ShouldContain("Left to cover: ");
        progress.ShouldContain("Your interview is on Tue 15 Dec 2026, in 13 days.");
    }

    [Fact]
    public async Task Before_the_interview_a_mock_draws_one_question_from_every_topic_first()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();
        var bank = engine.Get<IQuestionBank>();
        var topics = bank.Questions.Select(question => question.Topic).Distinct().Count();
        await me.DirectMessage("coach interview-date 2026-12-15");

        await me.DirectMessage($"mock {topics}");

        var session = (await engine.Get<IInterviewStore>().FindOpenAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldNotBeNull();
        session.Questions.Select(id => bank.Find(id)!.Topic).Distinct().Count().ShouldBe(topics);
    }

    [Fact]
    public async Task Topics_practised_since_the_date_are_no_longer_left_to_cover()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();
        var bank = engine.Get<IQuestionBank>();
        await me.DirectMessage("coach interview-date 2026-12-15");
        await me.DirectMessage("mock 1");
        var session = (await engine.Get<IInterviewStore>().FindOpenAsync(engine.Platform.Name, me.User.Id, CancellationToken.None))!;
        var first = bank.Find(session.Questions[0])!;
        await me.DirectMessage(string.Join(' ', first.KeyPoints));

        var progress = (await me.DirectMessage("coach progress")).ShouldHaveSingleItem().Message.Text.ToString();

        var left = progress.Split("Left to cover: ")[1];
        left.ShouldNotContain(first.Topic + ",");
        left.ShouldNotContain(first.Topic + ".");
    }

    [Fact]
    public async Task Clearing_the_date_removes_the_countdown()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();
        await me.DirectMessage("coach interview-date 2026-12-15");

        (await me.DirectMessage("coach interview-date clear")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Interview date forgotten");

        (await me.DirectMessage("coach progress")).ShouldHaveSingleItem().Message.Text.ToString().ShouldNotContain("interview");
    }

    [Theory]
    [InlineData("next tuesday", "That is not a date I can read.")]
    [InlineData("2026-11-01", "Sun 1 Nov 2026 is already past.")]
    [InlineData("", "Tell me when your interview is")]
    public async Task A_date_that_cannot_be_used_gets_advice_and_changes_nothing(string argument, string reply)
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow();

        (await me.Command("coach", $"interview-date {argument}")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith(reply);

        (await engine.Get<IInterviewDates>().FindAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldBeNull();
    }
}
