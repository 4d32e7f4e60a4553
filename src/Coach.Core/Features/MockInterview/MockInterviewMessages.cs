using System.Globalization;
using System.Text;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Features.Reports;
using Coach.Core.Grading;
using Coach.Core.Interviews;
using Coach.Core.Questions;

namespace Coach.Core.Features.MockInterview;

/// <summary>What a mock interview says.</summary>
internal static class MockInterviewMessages
{
    /// <summary>Below this score a question's topic goes on the scorecard's review list.</summary>
    public const int ReviewBelow = 60;

    public static CoachText HelpText { get; } = CoachText.Of(
        $"Mock interview, one question at a time:\n" +
        $"• {ChatCommand.Say("mock [topic] [easy|medium|hard] [n]")} — start n questions (default 5, at most 20) from a topic or the whole bank, of one difficulty if you name it; also {ChatCommand.Say("start")}, {ChatCommand.Say("interview")}\n" +
        $"• then simply type your answer; I grade it and show the model answer. When it misses an important point, I ask one follow-up question first ({ChatCommand.Say("skip")} passes it)\n" +
        $"• {ChatCommand.Say("skip")}, {ChatCommand.Say("hint")} (one point you have not covered yet), {ChatCommand.Say("repeat")}, {ChatCommand.Say("stop")} (finish with a scorecard)\n" +
        $"• {ChatCommand.Say("resume")} — continue a paused interview; {ChatCommand.Say("abandon")} — drop it\n" +
        $"Your progress:\n" +
        $"• {ChatCommand.Coach("progress")} — mastery per topic, questions due for review, streak, last five scores\n" +
        $"• {ChatCommand.Coach("interview-date 2026-12-15")} — practise towards your interview day ({ChatCommand.Coach("interview-date clear")} forgets it)");

    public static CoachMessage Help { get; } = new(HelpText);

    public static CoachMessage NoQuestions(string topic, Difficulty? difficulty)
    {
        if (difficulty is { } level)
        {
            return new($"I have no {level.Name()} questions{(topic.Length > 0 ? $" on \"{topic}\"" : "")}. Try another difficulty, a topic from {ChatCommand.Coach("topics")}, or just {ChatCommand.Say("mock")}.");
        }

        return new($"I have no questions on \"{topic}\". Try a topic from {ChatCommand.Coach("topics")}, or just {ChatCommand.Say("mock")}.");
    }

    public static CoachMessage AlreadyOpen(InterviewSession session) => new(
        $"You have a mock interview open (question {session.Position + 1} of {session.Questions.Count}). Say {ChatCommand.Say("resume")} to continue it or {ChatCommand.Say("abandon")} to drop it.");

    public static CoachMessage Paused(InterviewSession session) => new(
        $"Your mock interview paused after 30 minutes without an answer (question {session.Position + 1} of {session.Questions.Count}). Say {ChatCommand.Say("resume")} to continue or {ChatCommand.Say("abandon")} to drop it.");

    public static CoachMessage NoSession { get; } = new($"There is no mock interview open. Say {ChatCommand.Say("mock")} to start one, or {ChatCommand.Say("help")}.");

    public static CoachMessage Abandoned { get; } = new($"Mock interview dropped. Say {ChatCommand.Say("mock")} whenever you want another.");

    public static CoachMessage Ask(InterviewSession session, Question question) => new(
        $"Question {session.Position + 1} of {session.Questions.Count} ({question.Topic}): {question.Title}",
        [new Paragraph($"Question {session.Position + 1} of {session.Questions.Count}"), new QuestionCard(question), new ButtonRow([new Button(CoachActions.Hint, "Hint"), new Button(CoachActions.SkipQuestion, "Skip")])]);

    public static CoachMessage Hint(string keyPoint) => new($"Hint: {keyPoint}");

    public static CoachMessage FollowUp(InterviewSession session, string keyPoint) => new(
        $"Follow-up (question {session.Position + 1} of {session.Questions.Count}): {FollowUpQuestion.Wording(keyPoint)}",
        [new ButtonRow([new Button(CoachActions.SkipQuestion, "Skip")])]);

    public static CoachMessage NoHintsInFollowUp { get; } = new($"No hints for a follow-up: answer it in a sentence or two, or say {ChatCommand.Say("skip")} for the model answer.");

    public static CoachMessage NoMoreHints { get; } = new("No more hints: your answer so far covers every point, or I have given them all.");

    public static CoachMessage Feedback(Question question, AnswerGrade grade, InterviewFollowUp? followUp = null)
    {
        // The cards carry the message on every platform, so what the follow-up did is a paragraph above them.
        var outcome = FollowUpOutcome(followUp, grade);
        var text = new StringBuilder();
        if (outcome is not null)
        {
            text.Append(outcome).Append('\n');
        }

        text.Append("Score: ").Append(grade.Summary);
        foreach (var tip in grade.Tips)
        {
            text.Append('\n').Append(tip);
        }

        text.Append("\n\nModel answer:\n").Append(question.AnswerText);
        MessagePart[] cards = [new AnswerCard(question, grade), ReportButtons.For(question, grade)];
        return new CoachMessage(text.ToString(), outcome is null ? cards : [new Paragraph(outcome), .. cards]);
    }

    private static string? FollowUpOutcome(InterviewFollowUp? followUp, AnswerGrade grade) => followUp switch
    {
        null or { Reply: null } => null,
        { Reply: "" } => "Follow-up skipped.",
        { Gained.Count: 0 } => $"Your follow-up did not add a key point, so the score stays {followUp.FirstScore}.",
        _ => $"Your follow-up brought out {string.Join(", ", followUp.Gained.Select(point => $"“{point}”"))}: {followUp.FirstScore} → {grade.Score}.",
    };

    public static CoachMessage Skipped(Question question) => new(
        $"Skipped. The model answer:\n{question.AnswerText}",
        [new Paragraph("Skipped. The model answer:"), new AnswerCard(question), ReportButtons.For(question)]);

    public static CoachMessage Scorecard(IReadOnlyList<(Question Question, InterviewAnswer Answer)> answers)
    {
        if (answers.Count == 0)
        {
            return new CoachMessage($"Mock interview over. No answers this time; say {ChatCommand.Say("mock")} to try again.");
        }

        var text = new StringBuilder("Scorecard\n");
        foreach (var (question, answer) in answers)
        {
            text.Append("• ").Append(question.Title).Append(" — ")
                .Append(answer.Skipped ? "skipped" : $"{answer.Score}/100")
                .Append(", ").Append(Duration(answer.Taken)).Append('\n');
            if (answer.FollowUp is { Gained.Count: > 0 } followUp)
            {
                text.Append("   only in the follow-up (").Append(followUp.FirstScore).Append(" before it): ")
                    .AppendJoin(", ", followUp.Gained.Select(point => $"“{point}”")).Append('\n');
            }
        }

        var overall = (int)Math.Round(answers.Average(pair => pair.Answer.Score), MidpointRounding.AwayFromZero);
        var review = answers.Where(pair => pair.Answer.Score < ReviewBelow).Select(pair => pair.Question.Topic).Distinct().ToList();
        text.Append("Overall: ").Append(overall).Append("/100");
        text.Append(review.Count == 0 ? "\nNothing to review: well done." : $"\nTopics to review: {string.Join(", ", review)}");
        return new CoachMessage(text.ToString());
    }

    private static string Duration(TimeSpan taken) =>
        taken.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)taken.TotalMinutes} min {taken.Seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)taken.TotalSeconds} s");
}
