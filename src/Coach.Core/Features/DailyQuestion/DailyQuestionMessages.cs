using Coach.Core.App;
using Coach.Core.Features.Reports;
using Coach.Core.Grading;
using Coach.Core.Questions;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>What the daily question says: the question, the model answer in its thread, and feedback.</summary>
internal static class DailyQuestionMessages
{
    public static CoachMessage Question(Question question) => new(
        $"Question of the day ({question.Topic}): {question.Title}\nReply in this thread with your answer; the model answer and feedback follow.",
        [
            OfTheDay,
            new QuestionCard(question),
            new Paragraph("Reply in this thread with your answer; the model answer and feedback follow."),
            new AnswerBox(CoachActions.AnswerQuestion, "Answer", "Your answer, in your own words"),
            new ButtonRow([new Button(CoachActions.RevealAnswer, "Reveal answer")]),
        ]);

    /// <summary>The question once its answer is out: the same card, without the Reveal button.</summary>
    public static CoachMessage QuestionAnswered(Question question) => new(
        $"Question of the day ({question.Topic}): {question.Title}\nThe model answer is in this thread.",
        [OfTheDay, new QuestionCard(question), new Paragraph("The model answer is in this thread.")]);

    public static CoachMessage Answer(Question question) => new(
        $"Model answer: {question.Title}\n{question.AnswerText}",
        [new AnswerCard(question), Buttons(question)]);

    private static Paragraph OfTheDay { get; } = new("Question of the day");

    // Under a model answer in the thread: practise more, or tell the admins the answer is wrong.
    private static ButtonRow Buttons(Question question) =>
        new([new Button(CoachActions.StartMockInterview, "Start mock interview"), ReportButtons.Report(question)]);

    /// <summary>The model answer, with feedback on the first reply that brought it out.</summary>
    public static CoachMessage AnswerWithFeedback(Question question, ChatUser replier, AnswerGrade grade) => new(
        $"Model answer: {question.Title}\n{question.AnswerText}\n\nFeedback for {replier.Name}: {Summary(grade)}",
        [new Paragraph($"The model answer, with feedback on {replier.Name}'s reply:"), new AnswerCard(question, grade), Buttons(question)]);

    /// <summary>Feedback shown to one person, for replies after the model answer is out.</summary>
    public static CoachMessage Feedback(Question question, AnswerGrade grade) => new(
        $"Your answer to \"{question.Title}\": {Summary(grade)}",
        [new Paragraph($"Your answer to \"{question.Title}\":"), new AnswerCard(question, grade), ReportButtons.For(question, grade)]);

    public static CoachMessage AlreadyRevealed { get; } = new("The model answer is already in this thread.");

    public static CoachMessage UnknownThread { get; } = new("I can't find that daily question any more.");

    private static string Summary(AnswerGrade grade) => string.Join(' ', [grade.Summary, .. grade.Tips]);
}
