using Coach.Core.App;
using Coach.Playground.Chat;

namespace Coach.Playground;

/// <summary>
/// The page's messages and button presses as turns, handed to the core's one door
/// (<see cref="TurnIngress"/>) under the id of the message or press, so that what the page was told
/// was accepted is kept, and worked off after a restart if the process dies first.
/// </summary>
public sealed class PlaygroundAdapter(TurnIngress ingress, PlaygroundPlatform platform)
{
    public Task<Acknowledgement> MessageAsync(ChatUser user, ChannelRef channel, PlaygroundEntry logged, string text, CancellationToken cancellationToken) =>
        ingress.AcceptAsync(new InboundTurn(PlaygroundInput.ToTurn(user, channel, logged, text), $"message:{logged.Id}"), platform, cancellationToken);

    /// <param name="message">Coach's message whose button was pressed.</param>
    public Task<Acknowledgement> PressAsync(ChatUser user, ChannelRef channel, PlaygroundEntry message, PressedButton pressed, CancellationToken cancellationToken)
    {
        var turn = new ActionTurn
        {
            Channel = channel,
            User = user,
            Message = PlaygroundPlatform.Reference(message),
            Thread = PlaygroundPlatform.ThreadOf(message),
            ActionId = pressed.Action ?? throw new ArgumentException("A press names the action pressed.", nameof(pressed)),
            Value = pressed.Value ?? "",
            Text = pressed.Text?.Trim() ?? "",
        };

        // The page sends a press once; its key need only be unique to be kept.
        return ingress.AcceptAsync(new InboundTurn(turn, $"press:{Guid.NewGuid():N}"), platform, cancellationToken);
    }

    /// <summary>Coach joins the team channel, as when a team adds the app.</summary>
    public Task<Acknowledgement> AddedAsync(ChatUser installer, CancellationToken cancellationToken) =>
        ingress.AcceptAsync(new InboundTurn(new BotAddedTurn { Channel = PlaygroundWorkspace.TeamChannel, User = installer }, Key: null), platform, cancellationToken);
}
