using Coach.Core.App;

namespace Coach.Core.Tests.App;

public sealed class CommandTextTests
{
    private static readonly ChannelRef Direct = new("slack", "D1", IsDirect: true);

    [Theory]
    [InlineData("coach status", "coach", "status")]
    [InlineData("/coach progress", "coach", "progress")]
    [InlineData("Coach  schedule 0 9 * * MON-FRI UTC", "coach", "schedule 0 9 * * MON-FRI UTC")]
    [InlineData("ask what is macie", "ask", "what is macie")]
    [InlineData("/ask sg vs nacl", "ask", "sg vs nacl")]
    [InlineData("coach", "coach", "")]
    public void A_command_typed_in_a_direct_message_or_a_mention_is_that_command(string text, string command, string rest)
    {
        var alice = new ChatUser("U1", "alice");
        foreach (var written in new Turn[] { new DirectMessageTurn { Channel = Direct, User = alice, Text = text, EventId = "Ev1" }, new MentionTurn { Channel = Direct, User = alice, Text = text, EventId = "Ev1" } })
        {
            var read = CommandText.Read(written).ShouldBeOfType<CommandTurn>();

            read.Name.ShouldBe(command);
            read.Text.ShouldBe(rest);
            (read.User, read.EventId).ShouldBe((alice, "Ev1"));
        }
    }

    [Theory]
    [InlineData("mock 3")]
    [InlineData("coaching is what I need")]
    [InlineData("Security groups are stateful; I would coach the team on it")]
    [InlineData("asking for a friend")]
    public void Anything_else_is_left_as_typed(string text)
    {
        var turn = new DirectMessageTurn { Channel = Direct, User = new ChatUser("U1", "alice"), Text = text };

        CommandText.Read(turn).ShouldBeSameAs(turn);
    }

    [Fact]
    public void A_thread_reply_is_an_answer_to_the_daily_question_whatever_its_first_word()
    {
        var reply = new ThreadReplyTurn { Channel = new ChannelRef("slack", "C1"), User = new ChatUser("U1", "alice"), Text = "ask the team to rotate keys" };

        CommandText.Read(reply).ShouldBeSameAs(reply);
    }
}
