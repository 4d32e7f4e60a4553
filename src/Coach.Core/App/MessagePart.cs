using Coach.Core.App.Text;
using Coach.Core.Grading;
using Coach.Core.Questions;

namespace Coach.Core.App;

/// <summary>A structured piece of a message.</summary>
public abstract record MessagePart;

/// <summary>A question to answer: its title and topic, without the model answer.</summary>
public sealed record QuestionCard(Question Question) : MessagePart;

/// <summary>A model answer with its key points, and how a person's answer did against them, if graded.</summary>
public sealed record AnswerCard(Question Question, AnswerGrade? Grade = null) : MessagePart;

/// <summary>Text among the cards, e.g. "Question 2 of 5". Never markup: adapters escape its words and write its commands.</summary>
public sealed record Paragraph(CoachText Text) : MessagePart
{
    public Paragraph(CoachTextBuilder text)
        : this(text.Build())
    {
    }
}

/// <summary>
/// A text box with a button that sends what was typed back as an <see cref="ActionTurn"/>
/// (the text in <see cref="ActionTurn.Text"/>). Platforms whose messages cannot hold one (Slack,
/// the playground) leave it out: people reply in the thread there. Teams needs it because, without
/// resource-specific consent, it delivers a channel thread reply to a bot only when it mentions the bot.
/// </summary>
public sealed record AnswerBox(string ActionId, string Label, string Placeholder) : MessagePart;

/// <summary>
/// A one-line text box on every platform: what the person types comes back as an
/// <see cref="ActionTurn"/> with this action id and value, and the text in <see cref="ActionTurn.Text"/>.
/// For what only words can say, such as what is wrong with a model answer.
/// </summary>
public sealed record TextPrompt(string ActionId, string Label, string Placeholder, string Value) : MessagePart;

/// <summary>Buttons in a row.</summary>
public sealed record ButtonRow(IReadOnlyList<Button> Buttons) : MessagePart;

/// <summary>A button: pressing it comes back as an <see cref="ActionTurn"/> with this id and value.</summary>
public sealed record Button(string ActionId, string Label, string Value = "");
