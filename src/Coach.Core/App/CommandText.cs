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
    public static Turn Read(Turn turn)
    {
        if (turn.Kind is not (TurnKind.DirectMessage or TurnKind.Mention))
        {
            return turn;
        }

        var text = turn.Text.Trim();
        var typed = text.StartsWith('/') ? text[1..] : text;
        var end = typed.IndexOfAny([' ', '\t', '\n']);
        var first = end < 0 ? typed : typed[..end];
        return Commands.FirstOrDefault(command => string.Equals(command, first, StringComparison.OrdinalIgnoreCase)) is { } name
            ? turn with { Kind = TurnKind.Command, Command = name, Text = end < 0 ? "" : typed[(end + 1)..].Trim() }
            : turn;
    }
}
