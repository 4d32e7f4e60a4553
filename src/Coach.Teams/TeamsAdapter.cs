using System.Text.Json;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Teams.Receivers;

namespace Coach.Teams;

/// <summary>
/// What the receiver does with a verified activity: read it as a turn (<see cref="TeamsInbound"/>),
/// remember where its conversation is served from, hand it to the core's one door
/// (<see cref="TurnIngress"/>) under its conversation and activity id, and render the
/// acknowledgement. Knows no route by name.
/// </summary>
internal sealed class TeamsAdapter(TurnIngress ingress, TeamsPlatform teams, TeamsAddressBook addresses)
{
    /// <returns>The body to answer an invoke (a card's submit) with; null for a plain 200.</returns>
    public async Task<JsonObject?> AcceptAsync(JsonElement activity, Uri serviceUrl, CancellationToken cancellationToken)
    {
        if (TeamsInbound.ToTurn(activity) is not { } turn)
        {
            return null;
        }

        await addresses.RememberAsync(turn.Channel, serviceUrl, cancellationToken);

        // The same activity delivered twice (a retry, or to two replicas) is taken once. Teams does
        // not promise to deliver an activity again, so with storage down it is still worked off.
        var key = ActivityJson.Text(activity, "id") is { } id ? $"{turn.Channel.Id}#{id}" : null;
        var acknowledgement = await ingress.AcceptAsync(new InboundTurn(turn, key), teams, cancellationToken);
        return acknowledgement.Outcome != TurnAcceptance.Duplicate && ActivityJson.Text(activity, "type") == "invoke"
            ? new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = "" }
            : null;
    }
}
