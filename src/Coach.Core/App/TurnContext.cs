using Coach.Core.Ports;

namespace Coach.Core.App;

/// <summary>A turn and the platform it came from, with the replies handlers usually want.</summary>
public sealed class TurnContext
{
    private readonly Turn _turn;
    private readonly IChatPlatform _platform;
    private readonly AcknowledgementAnswer? _acknowledgement;

    internal TurnContext(Turn turn, IChatPlatform platform, AcknowledgementAnswer? acknowledgement)
    {
        _turn = turn;
        _platform = platform;
        _acknowledgement = acknowledgement;
    }

    public Turn Turn => _turn;

    public IChatPlatform Platform => _platform;

    /// <summary>Replies where the turn happened: in its thread if it was in one, else in the channel.</summary>
    public Task<MessageRef> ReplyAsync(CoachMessage message, CancellationToken cancellationToken) =>
        _turn.Thread is { } thread
            ? _platform.ReplyInThreadAsync(_turn.Channel, thread, message, cancellationToken)
            : _platform.PostAsync(_turn.Channel, message, cancellationToken);

    /// <summary>
    /// Replies to the person alone; in a direct conversation that is an ordinary reply. For a turn
    /// answered within its platform's acknowledgement, the first such reply is the acknowledgement's.
    /// </summary>
    public Task ReplyPrivatelyAsync(CoachMessage message, CancellationToken cancellationToken) =>
        ReplyPrivatelyAsync(message, _turn.Thread, cancellationToken);

    /// <summary>Replies to the person alone about <paramref name="thread"/> (a card's answer box answers the card's thread).</summary>
    public async Task ReplyPrivatelyAsync(CoachMessage message, MessageRef? thread, CancellationToken cancellationToken)
    {
        if (_acknowledgement?.TryHold(message) == true)
        {
            return;
        }

        if (!_turn.Channel.IsDirect)
        {
            await _platform.SendPrivateAsync(new PrivateReply(_turn.Channel, _turn.User, thread, _turn.ReplyHandle), message, cancellationToken);
        }
        else if (thread is not null)
        {
            await _platform.ReplyInThreadAsync(_turn.Channel, thread, message, cancellationToken);
        }
        else
        {
            await _platform.PostAsync(_turn.Channel, message, cancellationToken);
        }
    }
}
