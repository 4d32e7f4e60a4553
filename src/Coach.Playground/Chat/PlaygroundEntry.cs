using System.Text.Json;
using Coach.Core.Ports;

namespace Coach.Playground.Chat;

/// <summary>A message as the page receives it. <see cref="Html"/> is Coach's own, already safe; people's <see cref="Text"/> is shown as text.</summary>
public sealed record PlaygroundEntry(
    long Id,
    string Conversation,
    long? Thread,
    string Author,
    string AuthorName,
    string? VisibleTo,
    string Text,
    string? Html,
    DateTimeOffset At,
    bool Edited)
{
    public static PlaygroundEntry From(LoggedMessage message)
    {
        var body = JsonSerializer.Deserialize(message.Body, PlaygroundJson.Default.PlaygroundBody) ?? new PlaygroundBody("", null);
        return new PlaygroundEntry(
            message.Id,
            message.Conversation,
            message.Thread,
            message.Author,
            PlaygroundWorkspace.NameOf(message.Author),
            message.VisibleTo,
            body.Text,
            body.Html,
            message.At,
            message.EditedAt is not null);
    }
}

/// <summary>What the message log keeps of a playground message: its text, and Coach's rendering of it.</summary>
public sealed record PlaygroundBody(string Text, string? Html)
{
    public string ToJson() => JsonSerializer.Serialize(this, PlaygroundJson.Default.PlaygroundBody);
}
