using System.Net;
using Coach.Tests;

namespace Coach.Teams.Tests.Faults;

/// <summary>A connector that does not answer: the call is given up after <c>Coach:Teams:AttemptTimeout</c> and sent again.</summary>
public sealed class SlowConnectorTests
{
    [Fact]
    public async Task A_connector_call_that_hangs_is_given_up_and_the_reply_still_arrives_once()
    {
        await using var rig = await TeamsRig.StartAsync("--Coach:Teams:AttemptTimeout", "00:00:05");
        rig.Connector.FailNext(FakeConnector.Hang);

        (await rig.SendAsync(Activities.Personal("help", rig.ServiceUrl))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(() => rig.Connector.Calls.Count == 1);
        rig.Connector.Hanging.ShouldBe(1);
        rig.Connector.Calls.Single().Path.ShouldBe($"/v3/conversations/{Activities.PersonalConversation}/activities");
        ((string?)rig.Connector.Calls.Single().Body["type"]).ShouldBe("message");
    }
}
