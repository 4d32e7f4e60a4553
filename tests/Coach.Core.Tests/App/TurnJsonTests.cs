using Coach.Core.App;

namespace Coach.Core.Tests.App;

/// <summary>A turn kept in storage comes back as it went in, so that a turn taken over after a crash is the same turn.</summary>
public sealed class TurnJsonTests
{
    [Fact]
    public void Every_part_of_a_turn_survives_being_kept()
    {
        var turn = new Turn
        {
            Kind = TurnKind.Action,
            Channel = new ChannelRef("teams", "https://smba.trafficmanager.net/emea/|19:abc@thread.tacv2", IsDirect: false),
            User = new ChatUser("29:alice", "Alice \"Al\" Adams"),
            Text = "Security groups are stateful <at>Coach</at> ✓",
            Command = "ask",
            Message = new MessageRef("1700000000.000001"),
            Thread = new MessageRef("1700000000.000000"),
            ActionId = CoachActions.Hint,
            ActionValue = "42",
            EventId = "Ev1",
        };

        var kept = TurnJson.Write(turn);

        TurnJson.Read(kept).ShouldBe(turn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"kind":"Teleport","channel":{"platform":"slack","id":"C1"},"user":{"id":"U1","name":"u"}}""")]
    public void Json_that_is_not_a_turn_reads_as_none(string json) => TurnJson.Read(json).ShouldBeNull();
}
