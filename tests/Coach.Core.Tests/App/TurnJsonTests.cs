using Coach.Core.App;

namespace Coach.Core.Tests.App;

/// <summary>A turn kept in storage comes back as it went in, so that a turn taken over after a crash is the same turn.</summary>
public sealed class TurnJsonTests
{
    private static readonly ChannelRef TeamsChannel = new("teams", "https://smba.trafficmanager.net/emea/|19:abc@thread.tacv2", IsDirect: false);
    private static readonly ChatUser Alice = new("29:alice", "Alice \"Al\" Adams");

    public static TheoryData<Turn> EveryKind() =>
    [
        new CommandTurn { Channel = TeamsChannel, User = Alice, Name = "ask", Text = "what is <at>Coach</at> ✓", ReplyHandle = "https://hooks.slack.com/commands/T1/1/x", EventId = "Ev1" },
        new DirectMessageTurn { Channel = TeamsChannel with { IsDirect = true }, User = Alice, Text = "mock 2", Message = new MessageRef("1700000000.000001") },
        new MentionTurn { Channel = TeamsChannel, User = Alice, Text = "help" },
        new ThreadReplyTurn { Channel = TeamsChannel, User = Alice, Text = "Security groups are stateful", Thread = new MessageRef("1700000000.000000") },
        new ChannelMessageTurn { Channel = TeamsChannel, User = Alice, Text = "lunch?" },
        new ActionTurn
        {
            Channel = TeamsChannel,
            User = Alice,
            ActionId = CoachActions.ReportSubmit,
            Value = "42",
            Text = "the answer is out of date",
            Message = new MessageRef("1700000000.000001"),
            Thread = new MessageRef("1700000000.000000"),
        },
        new BotAddedTurn { Channel = TeamsChannel, User = Alice },
    ];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_of_turn_survives_being_kept(Turn turn)
    {
        var kept = TurnJson.Write(turn);

        var read = TurnJson.Read(kept);
        read.ShouldBe(turn);
        read!.GetType().ShouldBe(turn.GetType());
    }

    /// <summary>A turn kept by the version before typed turns (one flat record, kind first) is still worked off after an upgrade.</summary>
    [Fact]
    public void A_turn_kept_by_the_version_before_reads_as_its_kind()
    {
        const string Slack = """{"channel":{"platform":"slack","id":"C1","isDirect":false},"user":{"id":"U1","name":"alice","isBot":false}""";

        TurnJson.Read($$"""{"kind":"Command",{{Slack[1..]}},"text":"next","command":"coach","replyHandle":"https://hooks.slack.com/commands/T1/1/x","eventId":"Tr1"}""")
            .ShouldBeOfType<CommandTurn>().ShouldSatisfyAllConditions(
                command => command.Name.ShouldBe("coach"),
                command => command.Text.ShouldBe("next"),
                command => command.ReplyHandle.ShouldBe("https://hooks.slack.com/commands/T1/1/x"));
        TurnJson.Read($$"""{"kind":"Action",{{Slack[1..]}},"text":"","message":{"id":"1.0"},"actionId":"reveal-answer","actionValue":"7"}""")
            .ShouldBeOfType<ActionTurn>().ShouldSatisfyAllConditions(
                action => action.ActionId.ShouldBe(CoachActions.RevealAnswer),
                action => action.Value.ShouldBe("7"),
                action => action.Message.ShouldBe(new MessageRef("1.0")));
        TurnJson.Read($$"""{"kind":"BotAdded",{{Slack[1..]}},"text":""}""").ShouldBeOfType<BotAddedTurn>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"kind":"Teleport","channel":{"platform":"slack","id":"C1"},"user":{"id":"U1","name":"u"}}""")]
    [InlineData("""{"channel":{"platform":"slack","id":"C1"},"user":{"id":"U1","name":"u"}}""")]
    [InlineData("""{"kind":"DirectMessage","channel":{"platform":"slack","id":"D1"}}""")]
    public void Json_that_is_not_a_turn_reads_as_none(string json) => TurnJson.Read(json).ShouldBeNull();
}
