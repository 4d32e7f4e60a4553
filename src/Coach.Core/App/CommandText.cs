using System.Diagnostics.CodeAnalysis;

namespace Coach.Core.App;

/// <summary>
/// The one reader of what people type to Coach: <c>ask …</c>, <c>/ask …</c>, <c>coach …</c> and
/// <c>/coach …</c> are commands wherever they are written to Coach (a direct message or a mention
/// as much as a slash command), so they mean the same on every platform, and a <c>coach</c>
/// command wins over an open mock interview instead of being graded as an answer.
/// </summary>
public static class CommandText
{
    private static readonly string[] Commands = ["ask", CoachVerb.Command];

    /// <returns>The turn as the command its text is, or the turn unchanged.</returns>
    public static Turn Read(Turn turn) => turn switch
    {
        DirectMessageTurn direct when TryRead(direct.Text, out var name, out var rest) => AsCommand(direct, name, rest),
        MentionTurn mention when TryRead(mention.Text, out var name, out var rest) => AsCommand(mention, name, rest),
        _ => turn,
    };

    /// <summary>The command <paramref name="name"/> written where and by whom <paramref name="written"/> was.</summary>
    private static CommandTurn AsCommand(Turn written, string name, string rest) => new()
    {
        Name = name,
        Text = rest,
        Channel = written.Channel,
        User = written.User,
        Message = written.Message,
        Thread = written.Thread,
        ReplyHandle = written.ReplyHandle,
        EventId = written.EventId,
    };

    /// <summary>
    /// Whether <paramref name="text"/>, written to Coach, is one of its commands, with or without a
    /// slash: for an adapter whose platform addresses Coach in more ways than a direct message or a
    /// mention (a Teams reply in a thread that mentions Coach).
    /// </summary>
    public static bool TryRead(string text, [NotNullWhen(true)] out string? command, out string rest)
    {
        var trimmed = text.Trim();
        var typed = trimmed.StartsWith('/') ? trimmed[1..] : trimmed;
        var end = typed.IndexOfAny([' ', '\t', '\n']);
        var first = end < 0 ? typed : typed[..end];
        command = Commands.FirstOrDefault(name => string.Equals(name, first, StringComparison.OrdinalIgnoreCase));
        rest = command is null || end < 0 ? "" : typed[(end + 1)..].Trim();
        return command is not null;
    }
}
