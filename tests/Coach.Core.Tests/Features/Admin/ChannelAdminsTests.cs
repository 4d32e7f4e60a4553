using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Admin;

/// <summary>Who may change a channel's daily question, and the bounds even they stay within; the real engine, a real SQLite file.</summary>
public sealed class ChannelAdminsTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Changes => ["pause", "resume", "next", "skip 2026-12-24", "schedule 0 9 * * * UTC"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_member_or_a_guest_is_refused_privately_and_nothing_changes(string command)
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var admin = engine.Flow();
        await admin.Command("coach", "schedule 0 9 * * MON-FRI UTC iam");
        var before = await SettingsAsync(engine, admin.Channel);
        foreach (var role in new[] { PlatformRole.Member, PlatformRole.Guest })
        {
            var someone = new ChatUser($"U-{role}-{Guid.NewGuid():N}", role.ToString());
            engine.Platform.Roles[someone.Id] = role;

            var sent = (await admin.As(someone).Command("coach", command)).ShouldHaveSingleItem();

            sent.Kind.ShouldBe(SentKind.Private);
            sent.Message.Text.ToString().ShouldContain("Only admins can change this channel's daily question");
            sent.Message.Text.ToString().ShouldContain("Coach:Admins");
            (await SettingsAsync(engine, admin.Channel)).ShouldBe(before);
        }
    }

    [Fact]
    public async Task Reading_the_settings_is_open_to_everyone()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var admin = engine.Flow();
        await admin.Command("coach", "schedule 0 9 * * MON-FRI UTC");
        var guest = new ChatUser("U-guest", "Gus");
        engine.Platform.Roles[guest.Id] = PlatformRole.Guest;

        (await admin.As(guest).Command("coach", "status")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Next question:");
        (await admin.As(guest).Command("coach", "topics")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Data Protection");
    }

    [Fact]
    public async Task An_id_listed_in_coach_admins_may_change_a_channel_whatever_the_platform_says()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday, settings: new Dictionary<string, string?> { ["Coach:Admins:0"] = "U-operator" });
        var operatorUser = new ChatUser("U-operator", "Olga");
        engine.Platform.Roles[operatorUser.Id] = PlatformRole.Member;
        var flow = engine.Flow().As(operatorUser);

        (await flow.Command("coach", "schedule 0 9 * * MON-FRI UTC")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post);
        (await flow.Command("coach", "pause")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Daily question paused.");
        (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None))!.Paused.ShouldBeTrue();
    }

    [Fact]
    public async Task Where_the_platform_says_so_the_person_who_added_coach_may_change_the_channel_and_nobody_else()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        engine.Platform.InstallerIsAdmin = true;
        var installer = new ChatUser("29:installer", "Ida");
        var colleague = new ChatUser("29:colleague", "Carl");
        engine.Platform.Roles[installer.Id] = PlatformRole.Member;
        engine.Platform.Roles[colleague.Id] = PlatformRole.Member;
        var flow = engine.Flow().As(installer);
        await flow.SendAsync(new BotAddedTurn { Channel = flow.Channel, User = installer });

        (await flow.As(colleague).Command("coach", "pause")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Only admins");
        (await flow.Command("coach", "pause")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Daily question paused.");
    }

    [Theory]
    [InlineData("* * * * *", "every 1 min")]
    [InlineData("*/30 * * * *", "every 30 min")]
    [InlineData("0,15 9 * * MON-FRI", "every 15 min")]
    public async Task A_cron_more_frequent_than_the_minimum_interval_is_refused_with_the_setting_s_name(string cron, string gap)
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();

        var sent = (await flow.Command("coach", $"schedule {cron} UTC")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Private);
        sent.Message.Text.ToString().ShouldContain(gap);
        sent.Message.Text.ToString().ShouldContain("at least 1 h apart (Coach:Schedule:MinInterval)");
        (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task An_hourly_cron_is_within_the_default_minimum_and_a_lower_minimum_allows_more()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        (await engine.Flow().Command("coach", "schedule 0 * * * * UTC")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post);

        await using var relaxed = await EngineHarness.StartAsync(Sunday, settings: new Dictionary<string, string?> { ["Coach:Schedule:MinInterval"] = "00:15:00" });
        (await relaxed.Flow().Command("coach", "schedule */15 * * * * UTC")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post);
    }

    [Fact]
    public async Task Topics_must_be_the_bank_s_and_at_most_twenty()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();

        var unknown = (await flow.Command("coach", "schedule 0 9 * * * UTC iam, <!channel> <https://evil.example|Sign in again>")).ShouldHaveSingleItem();
        unknown.Kind.ShouldBe(SentKind.Private);
        unknown.Message.Text.ToString().ShouldContain("has no topic '<!channel> <https://evil.example|Sign in again>'");
        unknown.Message.Text.ToString().ShouldContain("Its topics are: Identity & Access Management (IAM)");

        var many = string.Join(", ", Enumerable.Repeat("iam", 21));
        (await flow.Command("coach", $"schedule 0 9 * * * UTC {many}")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("at most 20 topics");
        (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Skip_dates_are_kept_to_fifty_ahead_and_past_ones_are_dropped()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();
        await flow.Command("coach", "schedule 0 9 * * * UTC");
        (await flow.Command("coach", "skip 2026-12-01..2027-01-19")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post); // 50 dates

        var refused = (await flow.Command("coach", "skip 2027-02-01")).ShouldHaveSingleItem();
        refused.Kind.ShouldBe(SentKind.Private);
        refused.Message.Text.ToString().ShouldContain("at most 50 dates");
        (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None))!.SkipDates.Count.ShouldBe(50);

        // A week later (6 Dec) five of them are past: they no longer count, and are gone with the next change.
        engine.Time.Advance(TimeSpan.FromDays(7));
        (await flow.Command("coach", "skip 2027-02-01")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post);
        var kept = (await engine.Get<IChannelStore>().FindAsync(flow.Channel, CancellationToken.None))!.SkipDates;
        kept.Count.ShouldBe(46);
        kept.Min().ShouldBe(new DateOnly(2026, 12, 6));
    }

    [Fact]
    public async Task Next_posts_at_most_once_a_minute_per_channel()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var flow = engine.Flow();

        (await flow.Command("coach", "next")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post);
        var again = (await flow.Command("coach", "next")).ShouldHaveSingleItem();
        again.Kind.ShouldBe(SentKind.Private);
        again.Message.Text.ToString().ShouldContain("once a minute");
        (await engine.Flow().Command("coach", "next")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post, "another channel has its own minute");

        engine.Time.Advance(TimeSpan.FromMinutes(1));
        (await flow.Command("coach", "next")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post);
    }

    private static async Task<string> SettingsAsync(EngineHarness engine, ChannelRef channel) =>
        await engine.Get<IChannelStore>().FindAsync(channel, CancellationToken.None) is { } s
            ? $"{s.Cron} {s.TimeZone} [{string.Join(",", s.Topics)}] [{string.Join(",", s.SkipDates)}] paused={s.Paused} since={s.ActiveSince:O}"
            : "none";
}
