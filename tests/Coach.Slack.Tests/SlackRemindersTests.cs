using System.Net;
using System.Text.Json.Nodes;
using Coach.Slack.Tests.Operations;
using Coach.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coach.Slack.Tests;

/// <summary>Reminders over real HTTP against the fake Slack, on a clock the test moves: the zone comes from <c>users.info</c>.</summary>
public sealed class SlackRemindersTests
{
    // Monday 30 November 2026, 06:00 UTC: 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Slash_coach_remind_sends_one_reminder_at_half_past_eight_in_the_persons_slack_zone_whose_buttons_work()
    {
        var time = new FakeTimeProvider(Start);
        await using var slack = await FakeSlack.StartAsync();
        slack.People["U7"] = "Bea";
        slack.TimeZones["U7"] = "Europe/Berlin";
        await using var host = await SlackHost.StartAsync(slack, new SlackHostSetup(Replace: services => services.AddSingleton<TimeProvider>(time)), "SigningSecret", SignedRequests.Secret);

        var response = await SignedRequests.CommandAsync(host.Client, "/coach", "remind 08:30", user: "U7", channel: "C1", responseUrl: slack.ResponseUrl, at: time.GetUtcNow());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => slack.Posted("response_url").Any(reply => Text(reply).StartsWith("I'll remind you at 08:30 on weekdays (Europe/Berlin time)", StringComparison.Ordinal)));
        ((string?)slack.Posted("response_url").Single()["response_type"]).ShouldBe("ephemeral");
        ((string?)slack.Posted("conversations.open").ShouldHaveSingleItem()["users"]).ShouldBe("U7");
        slack.Posted("users.info").ShouldContain(call => (string?)call["user"] == "U7");
        slack.Posted("chat.postMessage").ShouldBeEmpty();

        // 08:30:05 in Berlin; the reminder service's timer runs on this clock.
        time.SetUtcNow(Start.AddHours(1.5).AddSeconds(5));
        await Eventually.HoldsAsync(() => slack.Posted("chat.postMessage").Count == 1);
        var nudge = slack.Posted("chat.postMessage").Single();
        ((string?)nudge["channel"]).ShouldBe("DU7");
        Text(nudge).ShouldStartWith("Nothing is due for review. Next new question: “");
        var buttons = nudge["blocks"]!.AsArray().SelectMany(block => block!["elements"]?.AsArray() ?? []).Where(element => (string?)element!["type"] == "button").ToList();
        buttons.Select(button => (string?)button!["text"]!["text"]).ShouldBe(["Practise now", "Tomorrow", "Stop reminders"]);

        await SignedRequests.PressAsync(host.Client, "U7", "DU7", "1764487805.000100", (string)buttons[1]!["action_id"]!, "", at: time.GetUtcNow());
        await Eventually.HoldsAsync(() => slack.Posted("chat.update").Count == 1);
        var update = slack.Posted("chat.update").Single();
        ((string?)update["ts"]).ShouldBe("1764487805.000100");
        Text(update).ShouldBe("Fine, not today. Next reminder: Tue 1 Dec at 08:30.");

        await SignedRequests.PressAsync(host.Client, "U7", "DU7", "1764487805.000100", (string)buttons[0]!["action_id"]!, (string)buttons[0]!["value"]!, at: time.GetUtcNow());
        await Eventually.HoldsAsync(() => slack.Said("Question 1 of 1"));
        ((string?)slack.Posted("chat.postMessage")[^1]["channel"]).ShouldBe("DU7");
    }

    private static string Text(JsonObject call) => (string?)call["text"] ?? "";
}
