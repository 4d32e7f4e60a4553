using System.Text.Json.Serialization;

namespace Coach.Core.App;

/// <summary>
/// One thing a person did, normalised by an adapter: the same turn whether it came from Slack, Teams
/// or the playground. The kinds are a closed set (<see cref="CommandTurn"/>, <see cref="DirectMessageTurn"/>,
/// <see cref="MentionTurn"/>, <see cref="ThreadReplyTurn"/>, <see cref="ChannelMessageTurn"/>,
/// <see cref="ActionTurn"/>, <see cref="BotAddedTurn"/>, <see cref="HomeOpenedTurn"/>), and each handler is typed by the one it takes.
/// Here is only where and by whom. The platform's own payload is not part of a turn: it is kept in
/// storage as it is (<see cref="TurnJson"/>), and whatever a platform needs to route a reply travels as
/// an opaque reference.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CommandTurn), "Command")]
[JsonDerivedType(typeof(DirectMessageTurn), "DirectMessage")]
[JsonDerivedType(typeof(MentionTurn), "Mention")]
[JsonDerivedType(typeof(ThreadReplyTurn), "ThreadReply")]
[JsonDerivedType(typeof(ChannelMessageTurn), "ChannelMessage")]
[JsonDerivedType(typeof(ActionTurn), "Action")]
[JsonDerivedType(typeof(BotAddedTurn), "BotAdded")]
[JsonDerivedType(typeof(HomeOpenedTurn), "HomeOpened")]
public abstract record Turn
{
    // Only the records in this file: the set stays closed.
    private protected Turn()
    {
    }

    public required ChannelRef Channel { get; init; }

    public required ChatUser User { get; init; }

    /// <summary>This message, where the platform gives it a reference.</summary>
    public MessageRef? Message { get; init; }

    /// <summary>The thread this happened in (its first message); replies go there.</summary>
    public MessageRef? Thread { get; init; }

    /// <summary>
    /// Where the platform takes private answers to this request, in its own form (Slack's
    /// <c>response_url</c>); kept with the turn, so whichever process works it off can still answer
    /// privately (<see cref="PrivateReply.Handle"/>).
    /// </summary>
    public string? ReplyHandle { get; init; }

    /// <summary>The platform's id for what brought this turn (a Slack event id, a Teams activity id): the key it is kept and taken once by.</summary>
    public string? EventId { get; init; }

    /// <summary>Turns meant for Coach; help answers these when no route does. Other chatter is ignored.</summary>
    [JsonIgnore]
    public bool IsAddressedToCoach => this is CommandTurn or MentionTurn or DirectMessageTurn or ActionTurn;

    /// <summary>What kind of turn this is, for logs.</summary>
    [JsonIgnore]
    public string Kind => GetType().Name;
}

/// <summary>
/// A command: a slash command (Slack <c>/ask …</c>), or <c>ask …</c> / <c>coach …</c> written to
/// Coach in a direct message or a mention (read by <see cref="CommandText"/>).
/// </summary>
public sealed record CommandTurn : Turn
{
    /// <summary>The command's name without a slash, in lower case: <c>ask</c>, <c>coach</c>.</summary>
    [JsonPropertyName("command")]
    public required string Name { get; init; }

    /// <summary>What follows the name.</summary>
    public string Text { get; init; } = "";
}

/// <summary>A message in a one-to-one conversation with Coach.</summary>
public sealed record DirectMessageTurn : Turn
{
    public required string Text { get; init; }
}

/// <summary>A message in a channel that mentions Coach, without the mention.</summary>
public sealed record MentionTurn : Turn
{
    public required string Text { get; init; }
}

/// <summary>A reply in a thread (Slack <c>thread_ts</c>, Teams <c>;messageid=</c>), without mentions of Coach.</summary>
public sealed record ThreadReplyTurn : Turn
{
    public required string Text { get; init; }
}

/// <summary>A message in a channel, not in a thread and not addressed to Coach.</summary>
public sealed record ChannelMessageTurn : Turn
{
    public required string Text { get; init; }
}

/// <summary>A button pressed, or a text box sent, on one of Coach's messages (<see cref="Button"/>, <see cref="TextPrompt"/>).</summary>
public sealed record ActionTurn : Turn
{
    public required string ActionId { get; init; }

    /// <summary>The button's value.</summary>
    [JsonPropertyName("actionValue")]
    public string Value { get; init; } = "";

    /// <summary>What was typed into the text box, if the action came from one.</summary>
    public string Text { get; init; } = "";
}

/// <summary>Coach was added to a channel or a team, by <see cref="Turn.User"/>.</summary>
public sealed record BotAddedTurn : Turn;

/// <summary>
/// A person opened the page the platform keeps for Coach and each person (Slack's Home tab). Its
/// channel is their direct conversation with Coach.
/// </summary>
public sealed record HomeOpenedTurn : Turn;
