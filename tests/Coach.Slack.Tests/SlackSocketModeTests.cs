using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.WebSockets;
using Coach.Tests;

namespace Coach.Slack.Tests;

/// <summary>
/// Coach in Socket Mode (an app-level token, no signing secret, no public URL) against the fake
/// Slack's WebSocket: the same flows as over HTTP, and connections that drop or are recycled.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private FakeSlack? _slack;
    private SlackHost? _host;

    private FakeSlack Slack => _slack!;

    private FakeSlackSocket Socket => _slack!.Socket;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _host = await SlackHost.StartAsync(_slack, new SlackHostSetup(Settings: InterviewSettings.NoFollowUps), "AppToken", FakeSlack.AppToken);
        await Eventually.HoldsAsync(() => Socket.Connections == 1);
    }

    [Fact]
    public async Task An_ask_command_is_answered_in_its_acknowledgement()
    {
        var id = await Socket.SendAsync("slash_commands", Command("/ask", "what is macie", "U1", "C1"));

        await Eventually.HoldsAsync(() => Socket.AckOf(id) is not null);
        var answer = Socket.AckOf(id)!["payload"]!;
        ((string?)answer["response_type"]).ShouldBe("ephemeral");
        answer["blocks"]!.ToJsonString().ShouldContain("Model answer: What is Macie?");
    }

    [Fact]
    public async Task No_http_endpoints_are_open_without_a_signing_secret()
    {
        (await _host!.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_thread_reply_whose_ack_was_lost_is_sent_again_and_answered_once()
    {
        await Socket.SendAsync("slash_commands", Command("/coach", "next", "U1", "C1"));
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1);
        var threadTs = "1700000000.000001";

        var id = await Socket.SendAsync("events_api", Event("Ev7", $$"""{"type":"message","user":"U2","channel":"C1","channel_type":"channel","text":"Macie finds PII in S3","ts":"1700000001.000001","thread_ts":"{{threadTs}}"}"""), loseAck: true);

        await Eventually.HoldsAsync(() => Socket.Connections == 2 && Socket.AckOf(id) is not null);
        await Eventually.HoldsAsync(() => Slack.Posted("chat.update").Count == 1);
        Socket.Deliveries.Count(delivery => delivery == id).ShouldBe(2);
        var answer = Slack.Posted("chat.postMessage").Skip(1).ShouldHaveSingleItem();
        ((string?)answer["thread_ts"]).ShouldBe(threadTs);
        answer["blocks"]!.ToJsonString().ShouldContain("Model answer:");
    }

    [Fact]
    public async Task A_reveal_button_press_posts_the_answer_in_the_thread()
    {
        await Socket.SendAsync("slash_commands", Command("/coach", "next", "U1", "C1"));
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1);

        var id = await Socket.SendAsync("interactive", """{"type":"block_actions","user":{"id":"U1","username":"alice"},"channel":{"id":"C1"},"container":{"type":"message","message_ts":"1700000000.000001"},"actions":[{"action_id":"reveal-answer:0","value":""}]}""");

        await Eventually.HoldsAsync(() => Socket.AckOf(id) is not null && Slack.Posted("chat.update").Count == 1);
        ((string?)Slack.Posted("chat.postMessage").Skip(1).ShouldHaveSingleItem()["thread_ts"]).ShouldBe("1700000000.000001");
    }

    [Fact]
    public async Task A_mock_interview_carries_on_across_a_dropped_connection()
    {
        await Socket.SendAsync("events_api", Event("Ev1", """{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"mock 2","ts":"1.0"}"""));
        await Eventually.HoldsAsync(() => Posts().Any(text => text.StartsWith("Question 1 of 2", StringComparison.Ordinal)));

        Socket.Drop();
        // Sent while Coach is away: it waits for the next connection, as Slack's envelopes do.
        await Socket.SendAsync("events_api", Event("Ev2", """{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"encrypt with KMS and least privilege","ts":"2.0"}"""));
        await Eventually.HoldsAsync(() => Posts().Any(text => text.StartsWith("Question 2 of 2", StringComparison.Ordinal)));
        await Socket.SendAsync("events_api", Event("Ev3", """{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"rotate the keys and log to CloudTrail","ts":"3.0"}"""));

        await Eventually.HoldsAsync(() => Posts().Any(text => text.StartsWith("Scorecard", StringComparison.Ordinal)));
        Socket.Connections.ShouldBe(2);
        Posts().Count(text => text.StartsWith("Question 2 of 2", StringComparison.Ordinal)).ShouldBe(1);
        Socket.Unacknowledged.ShouldBe(0);
    }

    [Fact]
    public async Task A_refresh_request_opens_a_new_connection_before_closing_the_old_one()
    {
        await Socket.RequestRefreshAsync();

        await Eventually.HoldsAsync(() => Socket.Connections == 2 && Socket.ClosedByCoach.Count == 1);
        // Nothing is missed in between: the old connection closed only once the new one was open.
        Socket.ClosedByCoach.ShouldBe([new FakeSlackSocket.Closing(WebSocketCloseStatus.NormalClosure, ConnectionsOpened: 2)]);
        var id = await Socket.SendAsync("slash_commands", Command("/ask", "guardduty", "U1", "C1"));
        await Eventually.HoldsAsync(() => Socket.AckOf(id) is not null);
        Socket.AckOf(id)!["payload"]!.ToJsonString().ShouldContain("GuardDuty");
    }

    [Fact]
    public async Task Messages_that_are_not_envelopes_are_ignored_and_the_connection_keeps_serving()
    {
        await Socket.SendRawAsync("{not json");
        await Socket.SendRawAsync("""{"type":"some_future_type"}""");
        await Socket.SendRawAsync("""{"type":"events_api","payload":{}}""");

        var id = await Socket.SendAsync("slash_commands", Command("/ask", "what is macie", "U1", "C1"));
        await Eventually.HoldsAsync(() => Socket.AckOf(id) is not null);
        Socket.Connections.ShouldBe(1);
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _slack!.DisposeAsync();
    }

    private IEnumerable<string> Posts() => Slack.Posted("chat.postMessage").Select(post => post["text"]!.ToString());

    private static string Command(string command, string text, string user, string channel) =>
        $$"""{"command":"{{command}}","text":"{{text}}","user_id":"{{user}}","user_name":"{{user}}","channel_id":"{{channel}}","team_id":"T1","trigger_id":"{{SlackIds.TriggerId()}}"}""";

    private static string Event(string id, string ev) =>
        $$"""{"type":"event_callback","event_id":"{{id}}","team_id":"T1","event":{{ev}}}""";
}
