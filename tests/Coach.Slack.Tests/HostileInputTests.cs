using System.Net;
using System.Text;
using Coach.Slack.Receivers;
using Coach.Slack.Tests.Operations;
using Coach.Tests;
using CsCheck;

namespace Coach.Slack.Tests;

/// <summary>
/// What Slack (or someone pretending to be Slack) might send, generated: the parsers answer null
/// or a turn and never throw; over real HTTP every signed body gets 200 or 400, never a 500, and
/// the host stays up.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string[] EventFields =
        ["type", "event", "event_id", "user", "channel", "channel_type", "text", "ts", "thread_ts", "bot_id", "subtype", "inviter", "challenge", "team_id"];

    private static readonly string[] InteractionFields =
        ["type", "user", "id", "name", "channel", "container", "message_ts", "thread_ts", "message", "ts", "actions", "action_id", "value", "response_url", "trigger_id", "state", "values"];

    private static readonly string[] CommandFields = ["command", "text", "user_id", "user_name", "channel_id", "channel_name", "response_url", "trigger_id", "team_id"];

    [Fact]
    public void Any_event_body_is_read_as_a_turn_or_as_nothing()
    {
        HostileJson.Documents(EventFields).Sample(json =>
        {
            if (SlackJson.Parse(Encoding.UTF8.GetBytes(json)) is { } body)
            {
                SlackInbound.FromEvent(body, "UCOACH");
                SlackInbound.FromEvent(body, "");
            }
        }, iter: 3_000);
    }

    [Fact]
    public void Any_interaction_payload_is_read_as_a_turn_or_as_nothing()
    {
        HostileJson.Documents(InteractionFields).Sample(json =>
        {
            if (SlackJson.Parse(json) is { } payload)
            {
                SlackInbound.FromInteraction(payload);
            }
        }, iter: 3_000);
    }

    [Fact]
    public void Any_slash_command_form_is_read_as_a_turn_or_as_nothing()
    {
        Gen.Select(Gen.OneOf(Gen.OneOf(CommandFields), HostileJson.Text), HostileJson.Text).Array[0, 10]
            .Select(fields => fields.GroupBy(field => field.Item1).ToDictionary(group => group.Key, group => group.First().Item2, StringComparer.Ordinal))
            .Sample(form => { SlackInbound.FromCommand(form); }, iter: 3_000);
    }

    [Fact]
    public async Task Signed_hostile_bodies_on_every_endpoint_get_200_or_400_and_the_host_keeps_serving()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret);
        var bodies = Gen.OneOf(
                HostileJson.Documents(EventFields).Select(json => ("/slack/events", "application/json", json)),
                HostileJson.Documents(InteractionFields).Select(json => ("/slack/interactivity", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString(json))),
                HostileJson.Text.Select(text => ("/slack/commands", "application/x-www-form-urlencoded", text)),
                Gen.Select(HostileJson.Text, HostileJson.Text).Select(pair => ("/slack/commands", "application/x-www-form-urlencoded", $"command=%2Fask&text={Uri.EscapeDataString(pair.Item1)}&user_id={Uri.EscapeDataString(pair.Item2)}&channel_id=C1")))
            .Array[150].Single();

        foreach (var (path, type, body) in bodies)
        {
            var status = (await SignedRequests.SendAsync(host.Client, path, type, body)).StatusCode;

            status.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge], $"{path} {body[..Math.Min(200, body.Length)]}");
        }

        (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_signature_headers_or_a_huge_one_are_refused()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret);
        var bytes = Encoding.UTF8.GetBytes("""{"type":"event_callback","event_id":"EvH1","event":{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"mock","ts":"1.1"}}""");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var valid = SlackSignature.Sign(SignedRequests.Secret, timestamp, bytes);

        foreach (var signatures in new[] { new[] { valid, valid }, [valid, "v0=00"], ["v0=00", valid], ["v0=" + new string('a', 20_000)] })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/slack/events", UriKind.Relative)) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.TryAddWithoutValidation("X-Slack-Signature", signatures);

            (await host.Client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, string.Join(" + ", signatures.Select(s => s[..Math.Min(12, s.Length)])));
        }

        slack.Posted("chat.postMessage").ShouldBeEmpty();
    }
}
