using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Reports;

/// <summary>
/// <i>Report a problem</i> and <i>I covered this</i> from chat, settled with <c>coach reports</c>,
/// through the real engine and SQLite file: an accepted appeal's words cover its key point for
/// everyone's answers from then on.
/// </summary>
public sealed class ReportsAndAppealsTests
{
    private const string Phrase = "zebra quantum stripes";

    [Fact]
    public async Task An_accepted_appeal_makes_its_words_cover_the_point_and_a_problem_report_is_listed_and_closed()
    {
        await using var engine = await EngineHarness.StartAsync();
        var channel = engine.Flow();
        var carol = channel.As(new ChatUser("U-carol", "Carol"));
        var admin = channel.As(new ChatUser("U-admin", "Ada"));
        engine.Platform.Roles["U-carol"] = PlatformRole.Member;
        var post = (await engine.Get<DailyQuestionPoster>().PostNextAsync(channel.Channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!;
        var question = engine.Get<IQuestionBank>().Find(post.Question)!;

        // The first reply brings the answer out in the thread; later ones get their feedback privately.
        await channel.As(new ChatUser("U-bob", "Bob")).ReplyInThread(post.Thread, "no idea");
        var feedback = (await carol.ReplyInThread(post.Thread, Phrase)).ShouldHaveSingleItem();
        feedback.Kind.ShouldBe(SentKind.Private);
        var before = feedback.Message.PartsOf<AnswerCard>().Single().Grade!;
        before.KeyPoints[0].Covered.ShouldBeFalse();
        var buttons = feedback.Message.PartsOf<ButtonRow>().Single().Buttons;
        var appeal = buttons.First(button => button.ActionId == CoachActions.AppealPoint);
        appeal.Value.ShouldBe($"{question.Id}#0");
        buttons[^1].ShouldBe(new Button(CoachActions.ReportProblem, "Report a problem", question.Id.ToString()));

        var prompt = (await carol.Press(appeal.ActionId, appeal.Value)).ShouldHaveSingleItem();
        prompt.Kind.ShouldBe(SentKind.Private);
        prompt.Message.Text.ToString().ShouldContain(question.KeyPoints[0]);
        prompt.Message.PartsOf<TextPrompt>().Single().ShouldBe(prompt.Message.PartsOf<TextPrompt>().Single() with { ActionId = CoachActions.AppealSubmit, Value = appeal.Value });
        (await carol.Submit(CoachActions.AppealSubmit, appeal.Value, "  ")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Type a few words");
        (await carol.Submit(CoachActions.AppealSubmit, appeal.Value, Phrase)).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Thanks: appeal #");

        (await carol.Press(CoachActions.ReportProblem, question.Id.ToString())).ShouldHaveSingleItem().Message.PartsOf<TextPrompt>().Single().ActionId.ShouldBe(CoachActions.ReportSubmit);
        (await carol.Submit(CoachActions.ReportSubmit, question.Id.ToString(), "this is outdated")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("report #");

        (await carol.Command("coach", "reports")).ShouldHaveSingleItem().Message.Text.ShouldBe("Only Coach's admins can see and settle reports.");
        var open = (await admin.Command("coach", "reports")).ShouldHaveSingleItem();
        open.Kind.ShouldBe(SentKind.Private);
        var lines = open.Message.Text.ToString().Split('\n');
        lines[0].ShouldBe("2 open:");
        lines[1].ShouldBe($"#1 {question.Id} — appeal on \"{question.KeyPoints[0]}\": \"{Phrase}\" (U-carol, 2026-11-30)");
        lines[2].ShouldBe($"#2 {question.Id} — problem: \"this is outdated\" (U-carol, 2026-11-30)");

        (await admin.Command("coach", "reports accept 2")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("is a problem report, not an appeal");
        (await admin.Command("coach", "reports accept 1")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Accepted #1");
        (await admin.Command("coach", "reports accept 1")).ShouldHaveSingleItem().Message.Text.ShouldBe("There is no open report #1.");
        (await admin.Command("coach", "reports close 2")).ShouldHaveSingleItem().Message.Text.ShouldBe("Closed #2.");
        (await admin.Command("coach", "reports")).ShouldHaveSingleItem().Message.Text.ShouldBe("No open reports or appeals.");

        // Someone else's answer in the same words now covers that point, and scores higher for it.
        var after = (await channel.As(new ChatUser("U-dave", "Dave")).ReplyInThread(post.Thread, Phrase)).ShouldHaveSingleItem().Message.PartsOf<AnswerCard>().Single().Grade!;
        after.KeyPoints[0].Covered.ShouldBeTrue();
        after.KeyPoints[0].Evidence.ShouldNotBeEmpty();
        after.Score.ShouldBeGreaterThan(before.Score);
        after.KeyPoints.Skip(1).Select(point => point.Covered).ShouldBe(before.KeyPoints.Skip(1).Select(point => point.Covered));
    }

    [Fact]
    public async Task Every_model_answer_can_be_reported_and_only_ones_own_feedback_offers_appeals()
    {
        // The feedback straight after the answer, whichever question comes first; follow-ups have their own tests.
        await using var engine = await EngineHarness.StartAsync(settings: NoFollowUps);
        var me = engine.Flow();

        var ask = (await me.Command("ask", "what is macie")).ShouldHaveSingleItem();
        ask.Message.PartsOf<ButtonRow>().SelectMany(row => row.Buttons).ShouldContain(new Button(CoachActions.ReportProblem, "Report a problem", "aws-security/19"));
        ask.Message.PartsOf<ButtonRow>().SelectMany(row => row.Buttons).ShouldNotContain(button => button.ActionId == CoachActions.AppealPoint);

        (await me.DirectMessage("mock 1")).ShouldHaveSingleItem();
        var graded = await me.DirectMessage("something vague about encryption");
        var buttons = graded[0].Message.PartsOf<ButtonRow>().Single().Buttons;
        buttons.Count(button => button.ActionId == CoachActions.AppealPoint).ShouldBeInRange(1, 2);
        buttons.ShouldAllBe(button => button.Label.Length <= 52);
        buttons[^1].ActionId.ShouldBe(CoachActions.ReportProblem);

        (await me.Press(CoachActions.ReportProblem, "nope/1")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("I no longer have the question nope/1");
        (await me.Press(CoachActions.AppealPoint, "aws-security/19#99")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("I no longer have the question");
    }

    private static readonly Dictionary<string, string?> NoFollowUps = new() { ["Coach:Interview:FollowUps"] = "false" };

    [Fact]
    public void Accepted_words_mark_only_the_missed_point_they_were_accepted_for()
    {
        var question = new Question(QuestionId.Parse("d/1"), "T", "What?", "* Alpha beta.\n* Gamma delta.", ["Alpha beta.", "Gamma delta."]);
        var grade = AnswerGrade.From([new KeyPointGrade("Alpha beta.", false, 0, []), new KeyPointGrade("Gamma delta.", true, 1, ["gamma delta"])]);
        var regraded = AnswerGrading.WithAccepted(grade, question, "I said zebra quantum stripes", [new(question.Id, "Alpha beta.", Phrase), new(question.Id, "Other point.", "x")], new ContainsGrader());

        regraded.Score.ShouldBe(100);
        (regraded.KeyPoints[0].KeyPoint, regraded.KeyPoints[0].Covered, regraded.KeyPoints[0].Coverage).ShouldBe(("Alpha beta.", true, 1.0));
        regraded.KeyPoints[0].Evidence.ShouldBe([Phrase]);
        regraded.KeyPoints[1].ShouldBe(grade.KeyPoints[1]);
    }

    /// <summary>A key point is covered when the answer contains it word for word.</summary>
    private sealed class ContainsGrader : IAnswerGrader
    {
        public AnswerGrade Grade(Question question, string answer) => AnswerGrade.From([..
            question.KeyPoints.Select(point => answer.Contains(point, StringComparison.OrdinalIgnoreCase)
                ? new KeyPointGrade(point, true, 1, [point])
                : new KeyPointGrade(point, false, 0, []))]);
    }
}
