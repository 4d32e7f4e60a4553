using System.Text;
using Coach.Core.App;
using Coach.Core.Features.Reports;
using Coach.Core.Questions;

namespace Coach.Core.Features.Ask;

/// <summary>The messages of <c>/ask</c>: an answer, suggestions, or how to use it.</summary>
internal static class AskReplies
{
    public static CoachMessage Usage { get; } = new(
        "Ask me about anything in the question bank, e.g. `/ask what is macie` or `/ask sg vs nacl`.");

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

        text.Append(question.Title).Append('\n').Append(question.AnswerMarkdown);
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
        var text = new StringBuilder("No confident match for \"").Append(query).Append("\".");
        if (suggestions.Count == 0)
        {
            text.Append(topics.Count == 0
                ? " The question bank is empty."
                : $" The question bank covers {string.Join(", ", topics)}: try words from one of those, or `/coach topics`.");
            return new CoachMessage(text.ToString());
        }

        text.Append(" Did you mean: ").AppendJoin("; ", suggestions.Select(q => q.Title));
        return new CoachMessage(text.ToString(), [ShowAnswerButtons(suggestions)]);
    }

    /// <summary>An answer someone shared with the channel.</summary>
    public static CoachMessage Shared(Question question, ChatUser by) => new(
        $"{by.Name} shared: {question.Title}\n{question.AnswerMarkdown}",
        [new Paragraph($"{by.Name} shared an answer from the question bank:"), new AnswerCard(question)]);

    public static CoachMessage UnknownQuestion(string id) => new($"I no longer have the question {id}; the bank has changed since.");

    private static ButtonRow ShowAnswerButtons(IEnumerable<Question> questions) =>
        new([.. questions.Select(q => new Button(CoachActions.ShowAnswer, q.Title, q.Id.ToString()))]);
}
