using System.Text.Json;
using Coach.Core.App;

namespace Coach.Slack.Tests;

public sealed class SlackInboundTests
{
    private const string Bot = "UCOACH";

    [Fact]
    public void A_reply_in_a_thread_is_a_thread_reply_with_slack_s_escapes_undone()
    {
        var inbound = Event("""{"type":"message","user":"U1","channel":"C1","channel_type":"channel","text":"SGs allow &amp; NACLs deny &lt;3","ts":"2.0","thread_ts":"1.0"}""");

        var turn = inbound!.Turn.ShouldBeOfType<ThreadReplyTurn>();
        turn.Thread.ShouldBe(new MessageRef("1.0"));
        turn.Text.ShouldBe("SGs allow & NACLs deny <3");
    }

    [Theory]
    [InlineData("""{"type":"message","user":"U1","channel":"C1","text":"hi","ts":"1.0","bot_id":"B9"}""")]
    [InlineData("""{"type":"message","subtype":"message_changed","user":"U1","channel":"C1","ts":"1.0"}""")]
    [InlineData("""{"type":"message","subtype":"bot_message","user":"U1","channel":"C1","ts":"1.0"}""")]
    [InlineData("""{"type":"message","user":"UCOACH","channel":"C1","text":"my own","ts":"1.0"}""")]
    [InlineData("""{"type":"reaction_added","user":"U1","channel":"C1"}""")]
    [InlineData("""{"type":"member_joined_channel","user":"U1","channel":"C1"}""")]
    [InlineData("""{"type":"app_mention","user":"U1","channel":"C1","text":"<@UCOACH> hi","ts":"2.0","thread_ts":"1.0"}""")]
    [InlineData("""{"type":"message","user":"U1","channel":"C1","text":"<@UCOACH> hi","ts":"2.0"}""")]
    public void Bots_edits_unknown_events_and_doubles_are_ignored(string ev)
    {
        Event(ev).ShouldBeNull();
    }

    [Fact]
    public void A_message_in_an_im_is_a_direct_message()
    {
        var inbound = Event("""{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"mock 2","ts":"1.0"}""");

        var turn = inbound!.Turn.ShouldBeOfType<DirectMessageTurn>();
        turn.Channel.IsDirect.ShouldBeTrue();
        turn.Text.ShouldBe("mock 2");
    }

    [Fact]
    public void A_mention_loses_the_mention()
    {
        Event("""{"type":"app_mention","user":"U1","channel":"C1","text":"<@UCOACH> help","ts":"1.0"}""")!.Turn
            .ShouldBeOfType<MentionTurn>().Text.ShouldBe("help");
    }

    [Fact]
    public void Coach_joining_a_channel_is_bot_added()
    {
        Event("""{"type":"member_joined_channel","user":"UCOACH","channel":"C1","inviter":"U1"}""")!.Turn.ShouldBeOfType<BotAddedTurn>().User.Id.ShouldBe("U1");
    }

    [Fact]
    public void A_command_keeps_its_response_url()
    {
        var inbound = SlackInbound.FromCommand(new Dictionary<string, string>
        {
            ["command"] = "/ask",
            ["text"] = "what is macie",
            ["user_id"] = "U1",
            ["user_name"] = "alice",
            ["channel_id"] = "C1",
            ["response_url"] = "https://hooks.slack.com/commands/T1/1/x",
            ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
        });

        var turn = inbound!.Turn.ShouldBeOfType<CommandTurn>();
        turn.Name.ShouldBe("ask");
        turn.Text.ShouldBe("what is macie");
        inbound.Turn.ReplyHandle.ShouldBe("https://hooks.slack.com/commands/T1/1/x");
        inbound.TriggerId.ShouldBe("13345224609.738474920.8088930838d88f008e0");
    }

    [Theory]
    [InlineData("http://example.com/x")]
    [InlineData("https://example.com/commands/T1/1/x")]
    [InlineData("https://internal.example/admin")]
    [InlineData("https://hooks.slack.com.evil.example/commands/x")]
    [InlineData("https://evil.example/hooks.slack.com/commands/x")]
    [InlineData("http://hooks.slack.com/commands/x")]
    [InlineData("https://hooks.slack.com:8443/commands/x")]
    public void A_response_url_elsewhere_than_slack_s_hook_hosts_or_loopback_is_not_used(string url)
    {
        SlackInbound.FromCommand(new Dictionary<string, string> { ["command"] = "/ask", ["user_id"] = "U1", ["channel_id"] = "C1", ["response_url"] = url })!
            .Turn.ReplyHandle.ShouldBeNull();
    }

    [Theory]
    [InlineData("https://hooks.slack.com/commands/T1/1/x")]
    [InlineData("https://hooks.slack-gov.com/commands/T1/1/x")]
    [InlineData("http://127.0.0.1:5555/respond/1")]
    public void A_response_url_on_slack_s_hook_hosts_is_used(string url)
    {
        SlackInbound.FromCommand(new Dictionary<string, string> { ["command"] = "/ask", ["user_id"] = "U1", ["channel_id"] = "C1", ["response_url"] = url })!
            .Turn.ReplyHandle.ShouldBe(new Uri(url).AbsoluteUri);
    }

    [Fact]
    public void A_button_press_names_coach_s_action_and_the_message()
    {
        using var payload = JsonDocument.Parse("""
            {"type":"block_actions","user":{"id":"U1","username":"alice"},"channel":{"id":"C1"},
             "container":{"type":"message","message_ts":"1.0"},"response_url":"https://hooks.slack.com/actions/x",
             "actions":[{"action_id":"reveal-answer:0","value":""}]}
            """);

        var inbound = SlackInbound.FromInteraction(payload.RootElement);

        var turn = inbound!.Turn.ShouldBeOfType<ActionTurn>();
        turn.ActionId.ShouldBe(CoachActions.RevealAnswer);
        inbound.Turn.Message.ShouldBe(new MessageRef("1.0"));
        inbound.Turn.Thread.ShouldBeNull();
    }

    private static SlackInbound.Inbound? Event(string ev)
    {
        using var body = JsonDocument.Parse($$"""{"type":"event_callback","event_id":"Ev1","event":{{ev}}}""");
        return SlackInbound.FromEvent(body.RootElement.Clone(), Bot);
    }
}
