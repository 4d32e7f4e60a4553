using Coach.Core.Ports;

namespace Coach.Core.App;

/// <summary>A turn and the platform it came from, with the replies handlers usually want.</summary>
public sealed class TurnContext(Turn turn, IChatPlatform platform)
{
    public Turn Turn => turn;

    public IChatPlatform Platform => platform;

    /// <summary>Replies where the turn happened: in its thread if it was in one, else in the channel.</summary>
    public Task<MessageRef> ReplyAsync(CoachMessage message, CancellationToken cancellationToken) =>
        turn.Thread is { } thread
            ? platform.ReplyInThreadAsync(turn.Channel, thread, message, cancellationToken)
            : platform.PostAsync(turn.Channel, message, cancellationToken);

    /// <summary>Replies to the person alone; in a direct conversation that is an ordinary reply.</summary>
    public Task ReplyPrivatelyAsync(CoachMessage message, CancellationToken cancellationToken) =>
        ReplyPrivatelyAsync(message, turn.Thread, cancellationToken);

    /// <summary>Replies to the person alone about <paramref name="thread"/> (a card's answer box answers the card's thread).</summary>
    public async Task ReplyPrivatelyAsync(CoachMessage message, MessageRef? thread, CancellationToken cancellationToken)
    {
        if (!turn.Channel.IsDirect)
        {
            await platform.SendPrivateAsync(turn.Channel, thread, turn.User, message, cancellationToken);
        }
        else if (thread is not null)
        {
            await platform.ReplyInThreadAsync(turn.Channel, thread, message, cancellationToken);
        }
        else
        {
            await platform.PostAsync(turn.Channel, message, cancellationToken);
        }
    }
}
