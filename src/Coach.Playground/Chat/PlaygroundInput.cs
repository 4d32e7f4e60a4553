using Coach.Core.App;

namespace Coach.Playground.Chat;

/// <summary>
/// What someone typed on the page, as a platform would deliver it: a slash command, a reply in a
/// thread, a direct message, a mention of Coach or ordinary channel chatter.
/// </summary>
public static class PlaygroundInput
{
    /// <summary>The longest message accepted, as in Slack.</summary>
    public const int MaxTextLength = 40_000;

    public static bool IsCommand(string text) => text.Length > 1 && text[0] == '/' && char.IsAsciiLetter(text[1]);

    public static Turn ToTurn(ChatUser user, ChannelRef channel, PlaygroundEntry logged, string text)
    {
        var message = PlaygroundPlatform.Reference(logged);
        var thread = PlaygroundPlatform.ThreadOf(logged);
        if (IsCommand(text))
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            return new CommandTurn
            {
                Channel = channel,
                User = user,
                Message = message,
                Thread = thread,
                Name = (space < 0 ? text[1..] : text[1..space]).ToLowerInvariant(),
                Text = space < 0 ? "" : text[(space + 1)..].Trim(),
            };
        }

        if (channel.IsDirect)
        {
            return new DirectMessageTurn { Channel = channel, User = user, Message = message, Text = text };
        }

        if (thread is not null)
        {
            return new ThreadReplyTurn { Channel = channel, User = user, Message = message, Thread = thread, Text = text };
        }

        return StripMention(text) is { } rest
            ? new MentionTurn { Channel = channel, User = user, Message = message, Text = rest }
            : new ChannelMessageTurn { Channel = channel, User = user, Message = message, Text = text };
    }

    private static string? StripMention(string text)
    {
        const string Mention = "@coach";
        return text.StartsWith(Mention, StringComparison.OrdinalIgnoreCase) && (text.Length == Mention.Length || !char.IsLetterOrDigit(text[Mention.Length]))
            ? text[Mention.Length..].TrimStart(' ', ',', ':').Trim()
            : null;
    }
}
