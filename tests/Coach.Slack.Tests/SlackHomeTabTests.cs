using System.Text.Json.Nodes;
using Coach.Slack.Tests.Operations;
using Coach.Tests;

namespace Coach.Slack.Tests;

/// <summary>The Home tab over real HTTP against the fake Slack: <c>app_home_opened</c>, <c>views.publish</c> and presses on the view.</summary>
public sealed class SlackHomeTabTests
{
    [Fact]
    public async Task Opening_the_home_tab_publishes_the_persons_dashboard_whose_buttons_act_in_their_direct_conversation_and_it_changes_after_an_answer()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.People["U7"] = "Bea";
        slack.TimeZones["U7"] = "Europe/Berlin";
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret);

        // Slack sends app_home_opened for either tab; only the Home tab is Coach's to draw.
        await SignedRequests.EventAsync(host, "EvHome1", """{"type":"app_home_opened","user":"U7","channel":"DU7","tab":"messages","event_ts":"1764500000.000001"}""");
        await SignedRequests.EventAsync(host, "EvHome2", """{"type":"app_home_opened","user":"U7","channel":"DU7","tab":"home","view":{"id":"V0HOME","type":"home"},"event_ts":"1764500001.000001"}""");
        await Eventually.HoldsAsync(() => slack.Posted("views.publish").Count == 1);

        var home = slack.HomeOf("U7").ShouldNotBeNull();
        ((string?)home["private_metadata"]).ShouldBe("DU7");
        var shown = Texts(home);
        foreach (var topic in new[] { "Identity &amp; Access Management (IAM)", "Data Protection", "Threat Detection", "Network Security" })
        {
            shown.ShouldContain(topic);
        }

        var buttons = Buttons(home);
        buttons.Select(button => (string?)button["text"]!["text"]).ShouldBe(["Start mock interview", "Set reminder"]);

        // A press on the Home tab carries the view, not a channel.
        var start = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U7", ["username"] = "bea" },
            ["view"] = new JsonObject { ["id"] = "V0HOME", ["type"] = "home", ["private_metadata"] = "DU7" },
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" },
            ["trigger_id"] = SlackIds.TriggerId(),
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = (string)buttons[0]["action_id"]!, ["value"] = "", ["type"] = "button" }),
        }.ToJsonString();
        await SignedRequests.SendAsync(host.Client, "/slack/interactivity", "application/x-www-form-urlencoded", $"payload={Uri.EscapeDataString(start)}");
        await Eventually.HoldsAsync(() => slack.Said("Question 1 of 5"));
        ((string?)slack.Posted("chat.postMessage")[^1]["channel"]).ShouldBe("DU7");

        // An answer (to whichever question came first): graded, and the Home tab shows it.
        await SignedRequests.EventAsync(host, "EvHome3", SignedRequests.DirectMessage("U7", "Encrypt it with KMS keys and grant least privilege with IAM policies", "1764500002.000001"));
        await Eventually.HoldsAsync(() => slack.Posted("views.publish").Count >= 3);
        var after = Texts(slack.HomeOf("U7")!);
        after.ShouldNotBe(shown);
        after.ShouldContain("Last score, newest first: ");
    }

    // The mrkdwn of the view's sections, as Slack shows it (with its own escapes, &amp; for &).
    private static string Texts(JsonObject view) =>
        string.Join('\n', view["blocks"]!.AsArray().Select(block => (string?)block!["text"]?["text"]).OfType<string>());

    private static List<JsonObject> Buttons(JsonObject view) =>
        [.. view["blocks"]!.AsArray().SelectMany(block => block!["elements"]?.AsArray() ?? []).OfType<JsonObject>().Where(element => (string?)element["type"] == "button")];
}
