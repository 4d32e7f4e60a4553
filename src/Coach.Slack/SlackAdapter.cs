using System.Text.Json;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Slack.BlockKit;
using Coach.Slack.Receivers;

namespace Coach.Slack;

/// <summary>
/// What both receivers (HTTP and Socket Mode) do with a verified payload: read it as a turn
/// (<see cref="SlackInbound"/>), hand it to the core's one door (<see cref="TurnIngress"/>) under the
/// id Slack gives that delivery, and render the acknowledgement. Knows no route by name.
/// </summary>
public sealed class SlackAdapter(TurnIngress ingress, SlackPlatform slack, SlackIdentityHolder identity)
{
    /// <summary>Slack's trigger ids are some forty characters; anything far longer is not one, and is not kept under.</summary>
    private const int MaxTriggerIdLength = 200;

    /// <returns>The response to give Slack at once (an ephemeral answer), or null to acknowledge with nothing.</returns>
    public async Task<JsonObject?> CommandAsync(SlackInbound.Inbound inbound, CancellationToken cancellationToken)
    {
        var acknowledgement = await ingress.AcceptAsync(Request(inbound, acknowledgementCanAnswer: true), slack, cancellationToken);
        if (acknowledgement.Answer is not { } answer)
        {
            return null;
        }

        var message = SlackBlocks.Render(answer)[0];
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

        // Retries and the same event reaching two replicas meet in the ingress: the first to take it handles it.
        var key = SlackJson.String(envelope, "event_id");
        return (await ingress.AcceptAsync(new InboundTurn(inbound.Turn, key, DeliveredAgain: true), slack, cancellationToken)).Outcome;
    }

    public async Task InteractionAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        if (SlackInbound.FromInteraction(payload) is { } inbound)
        {
            await ingress.AcceptAsync(Request(inbound, acknowledgementCanAnswer: false), slack, cancellationToken);
        }
    }

    // A command or button press is one request, named by its trigger_id: kept under it, a press
    // delivered again (Socket Mode, when an acknowledgement was lost) is taken once. Slack does not
    // send a request again for want of an answer, so with storage down it is still worked off.
    private static InboundTurn Request(SlackInbound.Inbound inbound, bool acknowledgementCanAnswer) =>
        new(inbound.Turn,
            inbound.TriggerId is { Length: > 0 and <= MaxTriggerIdLength } trigger ? $"trigger:{trigger}" : null,
            AcknowledgementCanAnswer: acknowledgementCanAnswer);
}
