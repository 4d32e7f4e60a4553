using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;

namespace Coach.Core.Tests.Features.MockInterview;

/// <summary>Mock interviews in a direct conversation, through the real engine, SQLite file and question bank.</summary>
public sealed class MockInterviewTests
{
    [Fact]
    public async Task A_session_asks_grades_shows_the_model_answer_and_ends_with_a_scorecard()
    {
        // Whether an answer touches a point of the question drawn (and so gets a follow-up) depends on the
        // draw; FollowUpTests has the interviews with follow-ups.
        await using var engine = await EngineHarness.StartAsync(settings: NoFollowUps);
        var me = engine.Flow();

        var first = (await me.DirectMessage("mock 3")).ShouldHaveSingleItem();
        first.Message.Text.ToString().ShouldStartWith("Question 1 of 3");
        var q1 = Asked(first);

        engine.Time.Advance(TimeSpan.FromSeconds(95));
        var afterAnswer = await me.DirectMessage(string.Join(' ', q1.KeyPoints));
        afterAnswer.Count.ShouldBe(2);
        afterAnswer[0].Message.Text.ToString().ShouldStartWith("Score: ");
        afterAnswer[0].Message.PartsOf<AnswerCard>().ShouldHaveSingleItem().Grade!.Score.ShouldBeGreaterThanOrEqualTo(80);
        afterAnswer[1].Message.Text.ToString().ShouldStartWith("Question 2 of 3");

        var afterSkip = await me.DirectMessage("skip");
        afterSkip[0].Message.Text.ToString().ShouldStartWith("Skipped.");
        afterSkip[1].Message.Text.ToString().ShouldStartWith("Question 3 of 3");

        var end = await me.DirectMessage("I am not sure, something about encryption maybe");
        end.Count.ShouldBe(2);
        var scorecard = end[1].Message.Text.ToString();
        scorecard.ShouldStartWith("Scorecard");
        scorecard.ShouldContain($"• {q1.Title} — ");
        scorecard.ShouldContain("1 min 35 s");
        scorecard.ShouldContain("skipped");
        scorecard.ShouldContain("Overall: ");
        scorecard.ShouldContain("Topics to review: ");

        (await engine.Get<IInterviewStore>().FindOpenAsync(me.Channel.Platform, me.User.Id, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Hint_reveals_a_key_point_and_repeat_asks_the_same_question_again()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock 2")).Single());

        (await me.DirectMessage("hint")).ShouldHaveSingleItem().Message.Text.ShouldBe($"Hint: {question.KeyPoints[0]}");
        Asked((await me.DirectMessage("repeat")).ShouldHaveSingleItem()).ShouldBe(question);
    }

    [Fact]
    public async Task A_topic_keeps_the_session_to_it_and_unseen_questions_come_first()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();

        var first = Asked((await me.DirectMessage("mock iam 2")).Single());
        var second = Asked((await me.DirectMessage("my answer"))[1]);
        await me.DirectMessage("my answer");
        var third = Asked((await me.DirectMessage("mock IAM 1")).Single());

        new[] { first, second, third }.ShouldAllBe(q => q.Topic == "Identity & Access Management (IAM)");
        new[] { first.Id, second.Id, third.Id }.Distinct().Count().ShouldBe(3, "the IAM question not yet done comes first");
    }

    [Fact]
    public async Task One_open_session_per_person_until_it_is_abandoned()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        await me.DirectMessage("mock");

        (await me.DirectMessage("interview 3")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("You have a mock interview open (question 1 of 5).");
        (await me.DirectMessage("abandon")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Mock interview dropped.");
        (await me.DirectMessage("start 3")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Question 1 of 3");
    }

    [Fact]
    public async Task After_thirty_idle_minutes_the_session_pauses_until_resumed_and_nothing_is_lost()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock 2")).Single());

        engine.Time.Advance(TimeSpan.FromMinutes(31));
        (await me.DirectMessage("an answer after lunch")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Your mock interview paused");
        Asked((await me.DirectMessage("resume")).ShouldHaveSingleItem()).ShouldBe(question);
        (await me.DirectMessage("now my answer"))[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
    }

    [Fact]
    public async Task After_a_restart_the_session_resumes_at_the_same_question_and_no_answer_is_lost()
    {
        // Answers that touch a point would get follow-ups, depending on the questions drawn; FollowUpTests restarts during one.
        await using var before = await EngineHarness.StartAsync(settings: NoFollowUps);
        var user = new ChatUser("U-restart", "Rae");
        var channel = new ChannelRef(before.Platform.Name, "D-U-restart", IsDirect: true);
        await before.Flow(channel).As(user).DirectMessage("mock 3");
        var second = Asked((await before.Flow(channel).As(user).DirectMessage("first answer"))[1]).Id;

        await using var after = await EngineHarness.StartAsync(before.Time.GetUtcNow(), before.Folder, NoFollowUps);
        var me = after.Flow(channel).As(user);
        Asked((await me.DirectMessage("repeat")).ShouldHaveSingleItem()).Id.ShouldBe(second);
        await me.DirectMessage("second answer");
        var end = await me.DirectMessage("third answer");

        end[^1].Message.Text.ToString().ShouldStartWith("Scorecard");
        var scores = await after.Get<IInterviewStore>().LatestScoresAsync(channel.Platform, user.Id, CancellationToken.None);
        scores.Count.ShouldBe(3, "every answer stored once");
    }

    /// <summary>
    /// The turn is worked off again (its replies were lost when the process died while posting them,
    /// or another replica took it over): the answer is kept once and what followed it is said again.
    /// </summary>
    [Fact]
    public async Task An_answer_worked_off_again_says_again_what_followed_it_and_is_recorded_once()
    {
        // The answer's own feedback replayed; FollowUpTests replays a follow-up and its reply.
        await using var engine = await EngineHarness.StartAsync(settings: NoFollowUps);
        var me = engine.Flow();
        await me.DirectMessage("mock 2");

        var first = await me.DirectMessage("KMS keys and least privilege", "Ev-answer");
        var again = await me.DirectMessage("KMS keys and least privilege", "Ev-answer");
        var skipped = await me.DirectMessage("skip", "Ev-skip");
        var skippedAgain = await me.DirectMessage("skip", "Ev-skip");

        again.Select(sent => sent.Message.Text.ToString()).ShouldBe(first.Select(sent => sent.Message.Text.ToString()));
        again[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
        skippedAgain.Select(sent => sent.Message.Text.ToString()).ShouldBe(skipped.Select(sent => sent.Message.Text.ToString()));
        skippedAgain[^1].Message.Text.ToString().ShouldStartWith("Scorecard");
        (await engine.Get<IInterviewStore>().LatestScoresAsync(me.Channel.Platform, me.User.Id, CancellationToken.None)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_answer_worked_off_again_after_the_person_moved_on_says_nothing()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        await me.DirectMessage("mock 3");
        await me.DirectMessage("KMS keys and least privilege", "Ev-first");
        await me.DirectMessage("skip");

        (await me.DirectMessage("KMS keys and least privilege", "Ev-first")).ShouldBeEmpty("the person has answered the question that followed: they had it");
    }

    [Fact]
    public async Task A_40000_character_answer_is_graded_without_error()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        await me.DirectMessage("mock 2");

        var sent = await me.DirectMessage(new string('a', 20_000) + " " + new string('b', 20_000));

        sent[0].Message.Text.ToString().ShouldStartWith("Score: ");
        sent[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
    }

    [Theory]
    [InlineData("help")]
    [InlineData("what is this?")]
    public async Task Without_a_session_help_explains_mock_interviews(string text)
    {
        await using var engine = await EngineHarness.StartAsync();
        (await engine.Flow().DirectMessage(text)).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Mock interview, one question at a time");
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("stop")]
    [InlineData("resume")]
    public async Task Session_commands_without_a_session_say_there_is_none(string text)
    {
        await using var engine = await EngineHarness.StartAsync();
        (await engine.Flow().DirectMessage(text)).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("There is no mock interview open.");
    }

    [Fact]
    public async Task Stop_ends_early_with_a_scorecard_of_what_was_answered()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        await me.DirectMessage("mock 5");
        await me.DirectMessage("an answer");

        var scorecard = (await me.DirectMessage("stop")).ShouldHaveSingleItem().Message.Text.ToString();

        scorecard.ShouldStartWith("Scorecard");
        scorecard.Split('\n').Count(line => line.StartsWith("• ", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Mock_hard_3_draws_only_questions_the_decks_mark_hard()
    {
        await using var engine = await EngineHarness.StartAsync(decks: EngineDecks.Shipped);
        var me = engine.Flow();
        var asked = new List<Question>();

        var reply = (await me.DirectMessage("mock hard 3")).ShouldHaveSingleItem();
        reply.Message.Text.ToString().ShouldStartWith("Question 1 of 3");
        asked.Add(Asked(reply));
        for (var i = 2; i <= 3; i++)
        {
            var next = await me.DirectMessage("skip");
            next[1].Message.Text.ToString().ShouldStartWith($"Question {i} of 3");
            asked.Add(Asked(next[1]));
        }

        asked.Select(q => q.Id).Distinct().Count().ShouldBe(3);
        asked.ShouldAllBe(q => q.Metadata.Difficulty == Difficulty.Hard);
    }

    [Fact]
    public async Task A_topic_with_no_questions_of_the_difficulty_says_so()
    {
        await using var engine = await EngineHarness.StartAsync(decks: EngineDecks.Shipped);

        // The seed deck's IAM questions carry no difficulty, so none of them is "easy".
        var reply = (await engine.Flow().DirectMessage("mock iam easy")).ShouldHaveSingleItem();

        reply.Message.Text.ToString().ShouldStartWith("I have no easy questions on \"iam\"");
    }

    private static readonly Dictionary<string, string?> NoFollowUps = new() { ["Coach:Interview:FollowUps"] = "false" };

    private static Question Asked(Sent sent) => sent.Message.PartsOf<QuestionCard>().ShouldHaveSingleItem().Question;
}
