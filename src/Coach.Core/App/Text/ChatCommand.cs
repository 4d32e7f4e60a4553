namespace Coach.Core.App.Text;

/// <summary>
/// Something a person can type to Coach, named in a message so that each platform can write it in
/// its own words: Slack <c>/coach progress</c>, Teams <c>coach progress</c> in a personal chat and
/// <c>@Coach coach progress</c> in a channel. <see cref="Words"/> is what is typed in a direct
/// message; <see cref="IsSlashCommand"/> says whether Slack has it as a slash command.
/// </summary>
public sealed record ChatCommand(string Words, bool IsSlashCommand)
{
    /// <summary>As typed where Coach's commands are slash commands (Slack, the playground): <c>/coach progress</c>, <c>mock</c>.</summary>
    public string Slashed => IsSlashCommand ? "/" + Words : Words;

    /// <summary><c>coach …</c>, Slack's <c>/coach …</c>.</summary>
    public static ChatCommand Coach(string verb) => new($"coach {verb}".TrimEnd(), IsSlashCommand: true);

    /// <summary><c>ask …</c>, Slack's <c>/ask …</c>.</summary>
    public static ChatCommand Ask(string question) => new($"ask {question}".TrimEnd(), IsSlashCommand: true);

    /// <summary>A word said in the conversation itself, such as <c>mock</c> or <c>resume</c> in a direct message.</summary>
    public static ChatCommand Say(string words) => new(words, IsSlashCommand: false);
}
