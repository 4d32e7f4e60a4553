using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Ports;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Welcome;

public sealed class BotAddedTests
{
    [Fact]
    public async Task Joining_a_channel_gives_it_the_default_schedule_and_a_welcome()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();

        var welcome = (await flow.SendAsync(new BotAddedTurn { Channel = flow.Channel, User = flow.User })).ShouldHaveSingleItem();

        welcome.Kind.ShouldBe(SentKind.Post);
        welcome.Message.Text.ToString().ShouldContain("0 9 * * MON-FRI (UTC)");
        welcome.Message.PartsOf<ButtonRow>().Single().Buttons.ShouldContain(button => button.ActionId == CoachActions.StartMockInterview);
        var settings = (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None))!;
        settings.Cron.ShouldBe("0 9 * * MON-FRI");
        settings.ActiveSince.ShouldBe(engine.Time.GetUtcNow());
    }

    [Fact]
    public async Task Joining_again_keeps_the_schedule_the_team_chose()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var chosen = new ChannelSettings(flow.Channel, "30 7 * * *", "Asia/Tokyo", ["iam"], [], false, engine.Time.GetUtcNow());
        await engine.Get<IChannelStore>().SaveAsync(chosen, CancellationToken.None);

        var welcome = (await flow.SendAsync(new BotAddedTurn { Channel = flow.Channel, User = flow.User })).ShouldHaveSingleItem();

        welcome.Message.Text.ToString().ShouldContain("30 7 * * * (Asia/Tokyo)");
        var kept = (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None))!;
        (kept.Cron, kept.TimeZone, kept.ActiveSince).ShouldBe((chosen.Cron, chosen.TimeZone, chosen.ActiveSince));
        kept.Topics.ShouldBe(["iam"]);
    }

    [Fact]
    public async Task In_a_direct_conversation_the_welcome_explains_mock_interviews()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var direct = flow.Channel with { IsDirect = true };

        var sent = await flow.SendAsync(new BotAddedTurn { Channel = direct, User = flow.User });

        sent.Count.ShouldBe(2, "the welcome, then the person's dashboard");
        sent[0].Message.Text.ToString().ShouldContain("mock [topic] [easy|medium|hard] [n]");
        (await engine.Get<IChannelStore>().FindAsync(direct, CancellationToken.None)).ShouldBeNull();
    }
}
