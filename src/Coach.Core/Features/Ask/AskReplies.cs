using System.Text;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Features.Reports;
using Coach.Core.Questions;

namespace Coach.Core.Features.Ask;

/// <summary>The messages of <c>/ask</c>: an answer, suggestions, or how to use it.</summary>
internal static class AskReplies
{
    public static CoachMessage Usage { get; } = new(
        $"Ask me about anything in the question bank, e.g. {ChatCommand.Ask("what is macie")} or {ChatCommand.Ask("sg vs nacl")}.");

    /// <param name="shareable">Whether the answer is shown to the asker alone in a channel, and so offers <i>Share in channel</i>.</param>
    public static CoachMessage Answer(Question question, IReadOnlyList<Question> related, string? corrected, bool shareable)
    {
        var text = new StringBuilder();
        List<MessagePart> parts = [];
        if (corrected is not null)
        {
            var note = $"Showing results for \"{corrected}\"";
            text.Append('(').Append(note).Append(")\n");
            parts.Add(new Paragraph(note));
        }

        text.Append(question.Title).Append('\n').Append(question.AnswerText);
        parts.Add(new AnswerCard(question));
        if (related.Count > 0)
        {
            text.Append("\n\nRelated: ").AppendJoin("; ", related.Select(q => q.Title));
            parts.Add(new Paragraph("Related:"));
            parts.Add(ShowAnswerButtons(related));
        }

        parts.Add(shareable
            ? new ButtonRow([new Button(CoachActions.ShareAnswer, "Share in channel", question.Id.ToString()), ReportButtons.Report(question)])
            : ReportButtons.For(question));

        return new CoachMessage(text.ToString(), parts);
    }

    /// <param name="topics">What the bank covers, suggested when no question comes close.</param>
    public static CoachMessage NoConfidentMatch(string query, IReadOnlyList<Question> suggestions, IReadOnlyList<string> topics)
    {
        var noMatch = $"No confident match for \"{query}\".";
        if (suggestions.Count == 0 && topics.Count == 0)
        {
            return new CoachMessage($"{noMatch} The question bank is empty.");
        }

        if (suggestions.Count == 0)
        {
            return new CoachMessage($"{noMatch} The question bank covers {string.Join(", ", topics)}: try words from one of those, or {ChatCommand.Coach("topics")}.");
        }

        return new CoachMessage($"{noMatch} Did you mean: {string.Join("; ", suggestions.Select(q => q.Title))}", [ShowAnswerButtons(suggestions)]);
    }

    /// <summary>An answer someone shared with the channel.</summary>
    public static CoachMessage Shared(Question question, ChatUser by) => new(
        $"{by.Name} shared: {question.Title}\n{question.AnswerText}",
        [new Paragraph($"{by.Name} shared an answer from the question bank:"), new AnswerCard(question)]);

    public static CoachMessage UnknownQuestion(string id) => new($"I no longer have the question {id}; the bank has changed since.");

    private static ButtonRow ShowAnswerButtons(IEnumerable<Question> questions) =>
        new([.. questions.Select(q => new Button(CoachActions.ShowAnswer, q.Title, q.Id.ToString()))]);
}
