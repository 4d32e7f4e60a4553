using System.Text.Json.Serialization;

namespace Coach.Core.App;

/// <summary>
/// One thing a person did, normalised by an adapter: the same command turn whether it came from
/// Slack, Teams or the playground. The platform's own payload is not part of it: a turn is kept in
/// storage as it is (<see cref="TurnJson"/>), and whatever a platform needs to route a reply travels as
/// an opaque reference.
/// </summary>
public sealed record Turn
{
    public required TurnKind Kind { get; init; }

    public required ChannelRef Channel { get; init; }

    public required ChatUser User { get; init; }

    /// <summary>What the person wrote, without the command name or a mention of Coach.</summary>
    public string Text { get; init; } = "";

    /// <summary>For a <see cref="TurnKind.Command"/>: its name without a slash, e.g. <c>ask</c>.</summary>
    public string? Command { get; init; }

    /// <summary>This message, where the platform gives it a reference.</summary>
    public MessageRef? Message { get; init; }

    /// <summary>For a reply in a thread: the thread's first message.</summary>
    public MessageRef? Thread { get; init; }

    /// <summary>For an <see cref="TurnKind.Action"/>: the button's action id and value.</summary>
    public string? ActionId { get; init; }

    public string? ActionValue { get; init; }

    /// <summary>
    /// Where the platform takes private answers to this request, in its own form (Slack's
    /// <c>response_url</c>); kept with the turn, so whichever process works it off can still answer
    /// privately (<see cref="PrivateReply.Handle"/>).
    /// </summary>
    public string? ReplyHandle { get; init; }

    /// <summary>The platform's id for what brought this turn (a Slack event id, a Teams activity id), for logs.</summary>
    public string? EventId { get; init; }

    /// <summary>Turns meant for Coach; help answers these when no route does. Other chatter is ignored.</summary>
    [JsonIgnore]
    public bool IsAddressedToCoach => Kind is TurnKind.Command or TurnKind.Mention or TurnKind.DirectMessage or TurnKind.Action;
}
