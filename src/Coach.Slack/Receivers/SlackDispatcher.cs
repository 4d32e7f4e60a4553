using System.Text.Json;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Slack.BlockKit;
using Microsoft.Extensions.Logging;

namespace Coach.Slack.Receivers;

/// <summary>
/// What both receivers (HTTP and Socket Mode) do with a verified payload: turn it into a turn and
/// keep it in storage until it is worked off (<see cref="TurnInbox"/>), once per Slack event or
/// request however often Slack delivers it, so nothing Slack was told "ok" about is lost with the
/// process. A command whose route answers within the acknowledgement (<c>/ask</c>) is answered at once
/// instead, under a deadline, for the acknowledgement itself to carry the answer.
/// </summary>
public sealed partial class SlackDispatcher(
    CoachApp app,
    PendingTurns queue,
    SlackPlatform slack,
    SlackIdentityHolder identity,
    TurnInbox inbox,
    ILogger<SlackDispatcher> logger)
{
    /// <summary>Long enough for a search, short of Slack's three seconds.</summary>
    private static readonly TimeSpan InlineDeadline = TimeSpan.FromSeconds(2);

    /// <summary>Slack's trigger ids are some forty characters; anything far longer is not one, and is not kept under.</summary>
    private const int MaxTriggerIdLength = 200;

    /// <returns>The response to give Slack at once (an ephemeral answer), or null to acknowledge with nothing.</returns>
    public async Task<JsonObject?> CommandAsync(SlackInbound.Inbound inbound, CancellationToken cancellationToken)
    {
        if (!app.AnswersWithinAcknowledgement(inbound.Turn))
        {
            await KeepAsync(inbound, cancellationToken);
            return null;
        }

        var capture = new CapturingPlatform(ReplyPlatform(inbound.Turn));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(InlineDeadline);
        await app.DispatchAsync(inbound.Turn, capture, deadline.Token);
        if (capture.Captured is not { } reply)
        {
            return null;
        }

        var message = SlackBlocks.Render(reply)[0];
        return new JsonObject { ["response_type"] = "ephemeral", ["text"] = message.Text, ["blocks"] = message.Blocks };
    }

    /// <param name="envelope">An Events API body (<c>event_callback</c>).</param>
    /// <returns><see cref="TurnAcceptance.TryLater"/> when storage could not keep the event, for Slack to deliver it again.</returns>
    public async Task<TurnAcceptance> EventAsync(JsonElement envelope, CancellationToken cancellationToken)
    {
        if (SlackJson.String(envelope, "type") != "event_callback"
            || SlackInbound.FromEvent(envelope, identity.BotUserId) is not { } inbound)
        {
            return TurnAcceptance.Ignored;
        }

        if (SlackJson.String(envelope, "event_id") is not { } eventId)
        {
            await queue.EnqueueAsync(inbound.Turn, slack, cancellationToken);
            return TurnAcceptance.Taken;
        }

        // Retries and the same event reaching two replicas meet here: the first to take it handles
        // it, and keeps it until it is worked off.
        var accepted = await inbox.TakeOnceAsync(eventId, inbound.Turn with { EventId = eventId }, slack, cancellationToken);
        if (accepted == TurnAcceptance.Duplicate)
        {
            LogDuplicate(eventId);
        }

        return accepted;
    }

    public async Task InteractionAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        if (SlackInbound.FromInteraction(payload) is { } inbound)
        {
            await KeepAsync(inbound, cancellationToken);
        }
    }

    // A command or button press is one request, named by its trigger_id: kept under it, a press
    // delivered again (Socket Mode, when an acknowledgement was lost) is taken once.
    private async Task KeepAsync(SlackInbound.Inbound inbound, CancellationToken cancellationToken)
    {
        var platform = ReplyPlatform(inbound.Turn);
        if (inbound.TriggerId is not { Length: > 0 and <= MaxTriggerIdLength } trigger)
        {
            await queue.EnqueueAsync(inbound.Turn, platform, cancellationToken);
            return;
        }

        // Refused when storage is down, the person would see Slack's error instead of Coach's "try again".
        var key = $"trigger:{trigger}";
        if (await inbox.AcceptAsync(key, inbound.Turn with { EventId = key }, platform, cancellationToken) == TurnAcceptance.Duplicate)
        {
            LogDuplicate(key);
        }
    }

    private IChatPlatform ReplyPlatform(Turn turn) => turn.ReplyHandle is { } handle ? slack.Through(handle) : slack;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack event or request {EventId} seen before; ignored")]
    private partial void LogDuplicate(string eventId);

    /// <summary>Keeps the private reply (or, in a direct conversation, the reply) for the HTTP response.</summary>
    private sealed class CapturingPlatform(IChatPlatform inner) : IChatPlatform
    {
        public CoachMessage? Captured { get; private set; }

        public string Name => inner.Name;

        public Task<MessageRef> PostAsync(ChannelRef channel, CoachMessage message, CancellationToken cancellationToken)
        {
            if (channel.IsDirect && Captured is null)
            {
                Captured = message;
                return Task.FromResult(new MessageRef(""));
            }

            return inner.PostAsync(channel, message, cancellationToken);
        }

        public Task<MessageRef> ReplyInThreadAsync(ChannelRef channel, MessageRef thread, CoachMessage message, CancellationToken cancellationToken) =>
            inner.ReplyInThreadAsync(channel, thread, message, cancellationToken);

        public Task<MessageRef?> SendPrivateAsync(ChannelRef channel, MessageRef? thread, ChatUser user, CoachMessage message, CancellationToken cancellationToken)
        {
            if (Captured is null)
            {
                Captured = message;
                return Task.FromResult<MessageRef?>(null);
            }

            return inner.SendPrivateAsync(channel, thread, user, message, cancellationToken);
        }

        public Task<ChannelRef> OpenDirectAsync(ChatUser user, ChannelRef seenIn, CancellationToken cancellationToken) => inner.OpenDirectAsync(user, seenIn, cancellationToken);

        public Task<PlatformRole> RoleAsync(ChatUser user, CancellationToken cancellationToken) => inner.RoleAsync(user, cancellationToken);

        public bool InstallerIsAdmin => inner.InstallerIsAdmin;

        public void ForgetPerson(string userId) => inner.ForgetPerson(userId);

        public Task<string> DisplayNameAsync(ChatUser user, CancellationToken cancellationToken) => inner.DisplayNameAsync(user, cancellationToken);

        public Task UpdateAsync(ChannelRef channel, MessageRef message, CoachMessage replacement, CancellationToken cancellationToken) =>
            inner.UpdateAsync(channel, message, replacement, cancellationToken);
    }
}
