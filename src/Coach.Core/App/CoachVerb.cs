namespace Coach.Core.App;

/// <summary>
/// A <c>coach &lt;verb&gt; &lt;rest&gt;</c> command, split once: the verb in lower case and the rest
/// as typed. It comes as the <c>/coach</c> slash command, or as a direct message or a mention that
/// starts with the word <c>coach</c>, which <see cref="CommandText"/> has made a command already.
/// </summary>
public readonly record struct CoachVerb(string Verb, string Rest)
{
    public const string Command = "coach";

    /// <summary>The coach command in this turn, or null when it is something else.</summary>
    public static CoachVerb? Of(Turn turn) =>
        turn is CommandTurn command && string.Equals(command.Name, Command, StringComparison.OrdinalIgnoreCase) ? Parse(command.Text) : null;

    public static CoachVerb Parse(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? new CoachVerb(trimmed.ToLowerInvariant(), "")
            : new CoachVerb(trimmed[..space].ToLowerInvariant(), trimmed[(space + 1)..].Trim());
    }
}
