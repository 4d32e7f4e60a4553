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
        var start = HomePress("U7", "DU7", new JsonObject { ["action_id"] = (string)buttons[0]["action_id"]!, ["value"] = "", ["type"] = "button" });
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

    [Fact]
    public async Task Set_reminder_on_the_home_tab_asks_for_the_time_there_again_when_it_is_wrong_and_the_reminder_set_there_shows_on_it()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.People["U8"] = "Ned";
        slack.TimeZones["U8"] = "America/New_York";
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret);
        await SignedRequests.EventAsync(host, "EvSet1", """{"type":"app_home_opened","user":"U8","channel":"DU8","tab":"home","event_ts":"1764500001.000002"}""");
        await Eventually.HoldsAsync(() => slack.Posted("views.publish").Count == 1);
        var set = Buttons(slack.HomeOf("U8")!).Single(button => (string?)button["text"]!["text"] == "Set reminder");

        await SignedRequests.SendAsync(host.Client, "/slack/interactivity", "application/x-www-form-urlencoded", $"payload={Uri.EscapeDataString(HomePress("U8", "DU8", new JsonObject { ["action_id"] = (string)set["action_id"]!, ["value"] = "", ["type"] = "button" }))}");
        await Eventually.HoldsAsync(() => slack.Posted("views.publish").Count == 2);
        var input = slack.HomeOf("U8")!["blocks"]!.AsArray().OfType<JsonObject>().Single(block => (string?)block["type"] == "input");
        Texts(slack.HomeOf("U8")!).ShouldContain("At what time should I remind you?");
        slack.Posted("chat.postMessage").ShouldBeEmpty("asked on the Home tab, where the person is");

        // Typed wrongly: asked again on the Home tab, with the box.
        var wrong = new JsonObject { ["action_id"] = (string)input["element"]!["action_id"]!, ["block_id"] = (string)input["block_id"]!, ["value"] = "half past seven", ["type"] = "plain_text_input" };
        await SignedRequests.SendAsync(host.Client, "/slack/interactivity", "application/x-www-form-urlencoded", $"payload={Uri.EscapeDataString(HomePress("U8", "DU8", wrong))}");
        await Eventually.HoldsAsync(() => slack.Posted("views.publish").Count == 3);
        Texts(slack.HomeOf("U8")!).ShouldContain("That is not a time I can read. At what time should I remind you?");
        input = slack.HomeOf("U8")!["blocks"]!.AsArray().OfType<JsonObject>().Single(block => (string?)block["type"] == "input");
        slack.Posted("chat.postMessage").ShouldBeEmpty("answered on the Home tab, where the person typed");

        var typed = new JsonObject { ["action_id"] = (string)input["element"]!["action_id"]!, ["block_id"] = (string)input["block_id"]!, ["value"] = "07:45 daily", ["type"] = "plain_text_input" };
        await SignedRequests.SendAsync(host.Client, "/slack/interactivity", "application/x-www-form-urlencoded", $"payload={Uri.EscapeDataString(HomePress("U8", "DU8", typed))}");

        await Eventually.HoldsAsync(() => Texts(slack.HomeOf("U8")!).Contains("Reminder: 07:45 every day (America/New_York time).", StringComparison.Ordinal));
        slack.HomeOf("U8")!["blocks"]!.AsArray().OfType<JsonObject>().ShouldNotContain(block => (string?)block["type"] == "input", "the text box goes once it is answered");
    }

    // A press on the Home tab, as Slack sends it: the view, no channel.
    private static string HomePress(string user, string direct, JsonObject action) => new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant() },
        ["view"] = new JsonObject { ["id"] = "V0HOME", ["type"] = "home", ["private_metadata"] = direct },
        ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME" },
        ["trigger_id"] = SlackIds.TriggerId(),
        ["actions"] = new JsonArray(action),
    }.ToJsonString();

    // The mrkdwn of the view's sections, as Slack shows it (with its own escapes, &amp; for &).
    private static string Texts(JsonObject view) =>
        string.Join('\n', view["blocks"]!.AsArray().Select(block => (string?)block!["text"]?["text"]).OfType<string>());

    private static List<JsonObject> Buttons(JsonObject view) =>
        [.. view["blocks"]!.AsArray().SelectMany(block => block!["elements"]?.AsArray() ?? []).OfType<JsonObject>().Where(element => (string?)element["type"] == "button")];
}
