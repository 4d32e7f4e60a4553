using Coach.Core.App;
using Coach.Core.Features.MockInterview;
using Coach.Core.Grading;
using Coach.Core.Interviews;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;

namespace Coach.Core.Tests.Features.MockInterview;

/// <summary>
/// Follow-up questions in mock interviews (issue 19): an answer that misses important key points gets
/// one follow-up about the first point it missed, before the model answer, through the real engine,
/// SQLite file and question bank.
/// The interviews keep to IAM: each of its questions, answered with its last key point alone, scores
/// below 70 (the seed-deck test below checks every question's).
/// </summary>
public sealed class FollowUpTests
{
    [Fact]
    public async Task On_every_seed_question_a_reply_naming_the_missed_point_raises_the_score()
    {
        await using var engine = await EngineHarness.StartAsync();
        var grading = engine.Get<AnswerGrading>();
        var followedUp = 0;
        foreach (var question in engine.Get<IQuestionBank>().Questions)
        {
            var alone = await grading.GradeAsync(question, question.KeyPoints[^1], CancellationToken.None);
            if (FollowUpQuestion.PointFor(alone, followUpBelow: 70) is not { } point)
            {
                alone.Score.ShouldBeGreaterThanOrEqualTo(70, question.Id.ToString());
                continue;
            }

            followedUp++;
            alone.Missed.Select(missed => missed.KeyPoint).ShouldContain(point);
            var together = await grading.GradeAsync(question, $"{question.KeyPoints[^1]}\n{point}", CancellationToken.None);
            together.Score.ShouldBeGreaterThan(alone.Score, question.Id.ToString());
            together.Covered.Select(covered => covered.KeyPoint).ShouldContain(point, question.Id.ToString());
        }

        followedUp.ShouldBeGreaterThanOrEqualTo(18, "a one-point answer misses important points on nearly every seed question");
    }

    [Fact]
    public async Task A_partial_answer_gets_one_follow_up_whose_reply_raises_the_score_and_the_scorecard_names_the_point()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 2")).Single());

        var followUp = (await me.DirectMessage(question.KeyPoints[^1])).ShouldHaveSingleItem("the follow-up comes before the model answer");
        followUp.Message.Text.ToString().ShouldStartWith("Follow-up (question 1 of 2): You did not mention ");
        followUp.Message.PartsOf<AnswerCard>().ShouldBeEmpty();
        followUp.Message.PartsOf<ButtonRow>().ShouldHaveSingleItem().Buttons.ShouldHaveSingleItem().ActionId.ShouldBe(CoachActions.SkipQuestion);
        var point = (await OpenSession(engine, me)).FollowUp.ShouldNotBeNull();
        question.KeyPoints.ShouldContain(point);
        followUp.Message.Text.ToString().ShouldNotContain(point, Case.Insensitive, "the follow-up names the point's subject, not the point");

        var after = await me.DirectMessage(point);

        after.Count.ShouldBe(2);
        var feedback = after[0].Message;
        feedback.Text.ToString().ShouldStartWith($"Your follow-up brought out “{point}”: ");
        feedback.PartsOf<Paragraph>().ShouldHaveSingleItem().Text.ToString().ShouldStartWith("Your follow-up brought out", customMessage: "above the cards, which carry the message on every platform");
        var first = (await Answers(engine, me)).Single().FollowUp.ShouldNotBeNull().FirstScore;
        feedback.PartsOf<AnswerCard>().Single().Grade!.Score.ShouldBeGreaterThan(first);
        feedback.Text.ToString().ShouldContain("Model answer:");
        after[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2", customMessage: "one follow-up, then the next question");

        var scorecard = (await me.DirectMessage("skip"))[^1].Message.Text.ToString();
        scorecard.ShouldStartWith("Scorecard");
        scorecard.ShouldContain($"only in the follow-up ({first} before it): “{point}”");
    }

    /// <summary>The answers platform tests give (<see cref="IamInterview"/>) do what those tests expect of them.</summary>
    [Fact]
    public async Task The_platform_tests_iam_answers_get_a_follow_up_on_the_first_point_and_their_replies_cover_it()
    {
        await using var engine = await EngineHarness.StartAsync();
        var grading = engine.Get<AnswerGrading>();
        var iam = engine.Get<IQuestionBank>().Questions.Where(question => question.Topic == "Identity & Access Management (IAM)").ToList();

        iam.Count.ShouldBe(IamInterview.Questions.Count);
        foreach (var question in iam)
        {
            var (answer, reply) = IamInterview.For(question.Title);
            var alone = await grading.GradeAsync(question, answer, CancellationToken.None);
            FollowUpQuestion.PointFor(alone, followUpBelow: 70).ShouldBe(question.KeyPoints[0], question.Title);
            var together = await grading.GradeAsync(question, $"{answer}\n{reply}", CancellationToken.None);
            together.Covered.Select(point => point.KeyPoint).ShouldContain(question.KeyPoints[0], question.Title);
            together.Score.ShouldBeGreaterThan(alone.Score, question.Title);
        }
    }

    [Fact]
    public async Task A_strong_answer_gets_no_follow_up()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 2")).Single());

        var after = await me.DirectMessage(string.Join(' ', question.KeyPoints));

        after[0].Message.Text.ToString().ShouldStartWith("Score: ");
        after[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
        after.ShouldAllBe(sent => !sent.Message.Text.ToString().StartsWith("Follow-up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_answer_that_touches_no_point_goes_straight_to_the_model_answer()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        await me.DirectMessage("mock iam 2");

        var after = await me.DirectMessage("");

        after[0].Message.Text.ToString().ShouldStartWith("Score: 0/100");
        after[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
    }

    [Fact]
    public async Task Skip_passes_the_follow_up_and_keeps_the_score()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 2")).Single());
        await me.DirectMessage(question.KeyPoints[^1]);
        var first = (await Answers(engine, me)).Single().Score;

        var after = await me.Press(CoachActions.SkipQuestion, "");

        after[0].Message.Text.ToString().ShouldStartWith("Follow-up skipped.\nScore: ");
        after[0].Message.PartsOf<AnswerCard>().Single().Grade!.Score.ShouldBe(first);
        after[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
        (await Answers(engine, me)).Single().Score.ShouldBe(first);
    }

    [Fact]
    public async Task A_reply_that_adds_nothing_keeps_the_score_and_says_so()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 1")).Single());
        await me.DirectMessage(question.KeyPoints[^1]);
        var first = (await Answers(engine, me)).Single().Score;

        var after = await me.DirectMessage("I am not sure");

        after[0].Message.Text.ToString().ShouldStartWith($"Your follow-up did not add a key point, so the score stays {first}.");
        after[1].Message.Text.ToString().ShouldStartWith("Scorecard");
    }

    [Fact]
    public async Task Switched_off_a_partial_answer_goes_straight_to_the_model_answer()
    {
        await using var engine = await EngineHarness.StartAsync(settings: new Dictionary<string, string?> { ["Coach:Interview:FollowUps"] = "false" });
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 2")).Single());

        var after = await me.DirectMessage(question.KeyPoints[^1]);

        after[0].Message.Text.ToString().ShouldStartWith("Score: ");
        after[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
    }

    [Fact]
    public async Task A_threshold_of_zero_never_follows_up()
    {
        await using var engine = await EngineHarness.StartAsync(settings: new Dictionary<string, string?> { ["Coach:Interview:FollowUpBelow"] = "0" });
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 2")).Single());

        (await me.DirectMessage(question.KeyPoints[^1]))[0].Message.Text.ToString().ShouldStartWith("Score: ");
    }

    [Theory]
    [InlineData("101")]
    [InlineData("-1")]
    public async Task A_threshold_that_is_not_a_score_is_refused_at_start_up_naming_the_key(string below)
    {
        var error = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => EngineHarness.StartAsync(settings: new Dictionary<string, string?> { ["Coach:Interview:FollowUpBelow"] = below }));

        error.Message.ShouldContain("Coach:Interview:FollowUpBelow must be a score from 0 to 100");
    }

    [Fact]
    public async Task Hint_gives_nothing_away_and_repeat_and_a_restart_ask_the_follow_up_again()
    {
        await using var before = await EngineHarness.StartAsync();
        var user = new ChatUser("U-follow", "Fen");
        var channel = new ChannelRef(before.Platform.Name, "D-U-follow", IsDirect: true);
        var me = before.Flow(channel).As(user);
        var question = Asked((await me.DirectMessage("mock iam 2")).Single());
        var followUp = (await me.DirectMessage(question.KeyPoints[^1])).Single().Message.Text.ToString();

        (await me.DirectMessage("hint")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("No hints for a follow-up");
        (await me.DirectMessage("repeat")).ShouldHaveSingleItem().Message.Text.ToString().ShouldBe(followUp);

        await using var after = await EngineHarness.StartAsync(before.Time.GetUtcNow(), before.Folder);
        var again = after.Flow(channel).As(user);
        (await again.DirectMessage("repeat")).ShouldHaveSingleItem().Message.Text.ToString().ShouldBe(followUp);
        (await again.DirectMessage("skip"))[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
    }

    [Fact]
    public async Task A_follow_up_reply_worked_off_again_says_again_what_followed_it_and_counts_once()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 2")).Single());
        var followUp = await me.DirectMessage(question.KeyPoints[^1], "Ev-answer");
        var followUpAgain = await me.DirectMessage(question.KeyPoints[^1], "Ev-answer");
        var point = (await OpenSession(engine, me)).FollowUp!;

        var reply = await me.DirectMessage(point, "Ev-reply");
        var replyAgain = await me.DirectMessage(point, "Ev-reply");
        var answerAfterwards = await me.DirectMessage(question.KeyPoints[^1], "Ev-answer");

        Texts(followUpAgain).ShouldBe(Texts(followUp), "the answer's follow-up is asked again while it waits");
        Texts(replyAgain).ShouldBe(Texts(reply));
        answerAfterwards.ShouldBeEmpty("the person has replied to the follow-up since: they had it");
        var answer = (await Answers(engine, me)).ShouldHaveSingleItem();
        answer.FollowUp!.Reply.ShouldBe(point);
        (await OpenSession(engine, me)).Position.ShouldBe(1, "the reply moved the session on once");
    }

    [Fact]
    public async Task Stop_during_a_follow_up_ends_with_the_answer_as_it_was()
    {
        await using var engine = await EngineHarness.StartAsync();
        var me = engine.Flow();
        var question = Asked((await me.DirectMessage("mock iam 3")).Single());
        await me.DirectMessage(question.KeyPoints[^1]);
        var first = (await Answers(engine, me)).Single().Score;

        var scorecard = (await me.DirectMessage("stop")).ShouldHaveSingleItem().Message.Text.ToString();

        scorecard.ShouldContain($"• {question.Title} — {first}/100");
        (await engine.Get<IInterviewStore>().FindOpenAsync(me.Channel.Platform, me.User.Id, CancellationToken.None)).ShouldBeNull();
    }

    private static async Task<InterviewSession> OpenSession(EngineHarness engine, ConversationFlow me) =>
        (await engine.Get<IInterviewStore>().FindOpenAsync(me.Channel.Platform, me.User.Id, CancellationToken.None)).ShouldNotBeNull();

    private static async Task<IReadOnlyList<InterviewAnswer>> Answers(EngineHarness engine, ConversationFlow me)
    {
        var store = engine.Get<IInterviewStore>();
        var session = await store.FindOpenAsync(me.Channel.Platform, me.User.Id, CancellationToken.None);
        return await store.AnswersAsync(session.ShouldNotBeNull().Id, CancellationToken.None);
    }

    private static string[] Texts(IReadOnlyList<Sent> sent) => [.. sent.Select(one => one.Message.Text.ToString())];

    private static Question Asked(Sent sent) => sent.Message.PartsOf<QuestionCard>().ShouldHaveSingleItem().Question;
}
