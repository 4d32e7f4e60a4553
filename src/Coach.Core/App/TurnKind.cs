namespace Coach.Core.App;

/// <summary>What a person did, whatever the platform called it.</summary>
public enum TurnKind
{
    /// <summary>A slash command or its equivalent: Slack <c>/ask …</c>, Teams "ask …", the playground's <c>/ask …</c>.</summary>
    Command,

    /// <summary>A message in a channel, not in a thread and not addressed to Coach.</summary>
    ChannelMessage,

    /// <summary>A message in a channel that mentions Coach.</summary>
    Mention,

    /// <summary>A reply in a thread: Slack <c>thread_ts</c>, Teams <c>;messageid=</c>.</summary>
    ThreadReply,

    /// <summary>A message in a one-to-one conversation with Coach.</summary>
    DirectMessage,

    /// <summary>A button pressed on one of Coach's messages.</summary>
    Action,

    /// <summary>Coach was added to a channel or a team.</summary>
    BotAdded,
}
