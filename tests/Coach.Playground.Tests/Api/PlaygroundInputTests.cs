using Coach.Core.App;
using Coach.Playground.Chat;

namespace Coach.Playground.Tests.Api;

/// <summary>What someone types becomes the same turn a Slack or Teams adapter would make of it.</summary>
public sealed class PlaygroundInputTests
{
    private static readonly ChatUser Alice = PlaygroundWorkspace.People[0];

    [Theory]
    [InlineData("/ask what is macie", "ask", "what is macie")]
    [InlineData("/coach next", "coach", "next")]
    [InlineData("/COACH", "coach", "")]
    [InlineData("/unknown thing", "unknown", "thing")]
    public void A_slash_command_is_a_command_turn(string text, string command, string rest)
    {
        var turn = ToTurn(PlaygroundWorkspace.TeamChannel, text).ShouldBeOfType<CommandTurn>();

        turn.Name.ShouldBe(command);
        turn.Text.ShouldBe(rest);
    }

    [Fact]
    public void A_reply_in_a_thread_names_the_thread()
    {
        var turn = ToTurn(PlaygroundWorkspace.TeamChannel, "my answer", thread: 7).ShouldBeOfType<ThreadReplyTurn>();

        turn.Text.ShouldBe("my answer");
        turn.Thread.ShouldBe(new MessageRef("7"));
        turn.Message.ShouldBe(new MessageRef("42"));
    }

    [Fact]
    public void Anything_in_the_direct_conversation_is_a_direct_message()
    {
        var turn = ToTurn(PlaygroundWorkspace.DirectWith(Alice), "mock 2").ShouldBeOfType<DirectMessageTurn>();

        turn.Channel.IsDirect.ShouldBeTrue();
        turn.Text.ShouldBe("mock 2");
    }

    [Theory]
    [InlineData("@coach help", true, "help")]
    [InlineData("@Coach, ask sg vs nacl", true, "ask sg vs nacl")]
    [InlineData("@coaching is fun", false, "@coaching is fun")]
    [InlineData("/ is not a command", false, "/ is not a command")]
    [InlineData("just chatting", false, "just chatting")]
    public void In_the_channel_only_a_mention_is_addressed_to_coach(string text, bool mention, string rest)
    {
        var turn = ToTurn(PlaygroundWorkspace.TeamChannel, text);

        turn.IsAddressedToCoach.ShouldBe(mention);
        (mention ? turn.ShouldBeOfType<MentionTurn>().Text : turn.ShouldBeOfType<ChannelMessageTurn>().Text).ShouldBe(rest);
    }

    private static Turn ToTurn(ChannelRef channel, string text, long? thread = null)
    {
        var logged = new PlaygroundEntry(42, channel.Id, thread, Alice.Id, Alice.Name, null, text, null, DateTimeOffset.UnixEpoch, false);
        return PlaygroundInput.ToTurn(Alice, channel, logged, text);
    }
}
