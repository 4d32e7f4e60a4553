using System.Text.Json;
using Coach.Teams.Receivers;
using Coach.Tests;
using CsCheck;

namespace Coach.Teams.Tests;

/// <summary>Any activity JSON, however odd, is read as a turn or as nothing: the parser never throws.</summary>
public sealed class HostileActivityTests
{
    private static readonly string[] ActivityFields =
    [
        "type", "id", "text", "textFormat", "serviceUrl", "channelId", "conversation", "conversationType", "isGroup", "tenantId", "from", "recipient", "name",
        "aadObjectId", "value", "action", "data", "replyToId", "membersAdded", "membersRemoved", "entities", "mentioned", "channelData", "team", "channel",
    ];

    [Fact]
    public void Any_activity_is_read_as_a_turn_or_as_nothing()
    {
        HostileJson.Documents(ActivityFields).Sample(json =>
        {
            JsonElement activity;
            try
            {
                activity = JsonDocument.Parse(json).RootElement.Clone();
            }
            catch (JsonException)
            {
                return; // not JSON: the receiver answers 400 before parsing an activity
            }

            TeamsInbound.ServiceUrl(activity);
            TeamsInbound.ToTurn(activity);
        }, iter: 5_000);
    }
}
