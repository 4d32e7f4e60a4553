using Coach.Core.App;
using Coach.Core.Features.Retention;
using Coach.Core.Ports;
using Coach.Tests;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.Core.Tests.Features.Forget;

/// <summary>Answers age out after <c>Coach:Storage:KeepAnswersFor</c>, and a person may stay off leaderboards.</summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task Housekeeping_prunes_answers_and_replies_older_than_keep_answers_for_and_keeps_newer_ones()
    {
        await using var engine = await EngineHarness.StartAsync(settings: new Dictionary<string, string?> { ["Coach:Storage:KeepAnswersFor"] = "30.00:00:00" });
        var flow = engine.Flow();
        var old = (await flow.Command("coach", "next")).ShouldHaveSingleItem();
        await flow.ReplyInThread(old.Reference, "Macie uses machine learning to find PII in S3");

        engine.Time.Advance(TimeSpan.FromDays(31));
        var recent = (await flow.Command("coach", "next")).ShouldHaveSingleItem();
        await flow.ReplyInThread(recent.Reference, "GuardDuty watches CloudTrail, VPC flow logs and DNS logs");
        await engine.Get<StorageHousekeeping>().RunAsync(CancellationToken.None);

        var kept = await engine.Get<IAnswerHistory>().PersonAsync(engine.Platform.Name, flow.User.Id, DateTimeOffset.MinValue, CancellationToken.None);
        kept.ShouldHaveSingleItem().At.ShouldBe(engine.Time.GetUtcNow(), "only the reply within 30 days");
    }

    [Fact]
    public async Task Housekeeping_forgets_event_ids_after_a_day_so_only_a_fresh_redelivery_is_recognised()
    {
        await using var engine = await EngineHarness.StartAsync();
        var events = engine.Get<IProcessedEvents>();
        (await events.TryMarkAsync("slack", "Ev-old", engine.Time.GetUtcNow(), CancellationToken.None)).ShouldBeTrue();
        engine.Time.Advance(TimeSpan.FromHours(23));
        (await events.TryMarkAsync("slack", "Ev-new", engine.Time.GetUtcNow(), CancellationToken.None)).ShouldBeTrue();
        engine.Time.Advance(TimeSpan.FromHours(2));

        await engine.Get<StorageHousekeeping>().RunAsync(CancellationToken.None);

        (await events.TryMarkAsync("slack", "Ev-new", engine.Time.GetUtcNow(), CancellationToken.None)).ShouldBeFalse("marked two hours ago: a redelivery");
        (await events.TryMarkAsync("slack", "Ev-old", engine.Time.GetUtcNow(), CancellationToken.None)).ShouldBeTrue("forgotten after a day");
    }

    [Fact]
    public async Task The_housekeeping_service_runs_a_pass_each_hour_of_the_clock()
    {
        await using var engine = await EngineHarness.StartAsync();
        var events = engine.Get<IProcessedEvents>();
        await events.TryMarkAsync("slack", "Ev-old", engine.Time.GetUtcNow(), CancellationToken.None);
        using var service = new HousekeepingService(engine.Get<StorageHousekeeping>(), engine.Time, NullLogger<HousekeepingService>.Instance);
        await service.StartAsync(CancellationToken.None);

        engine.Time.Advance(StorageHousekeeping.ProcessedEventsKept + StorageHousekeeping.Every);

        // Marking it again succeeds once it is forgotten (and marks it: the answer is remembered).
        var forgotten = false;
        await Eventually.HoldsAsync(async () => forgotten = forgotten || await events.TryMarkAsync("slack", "Ev-old", engine.Time.GetUtcNow(), CancellationToken.None));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Hide_me_keeps_a_person_off_the_leaderboard_until_show_me()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var shy = new ChatUser($"U-shy-{Guid.NewGuid():N}", "Shy Sam");
        var question = (await flow.Command("coach", "next")).ShouldHaveSingleItem();
        await flow.As(shy).ReplyInThread(question.Reference, "Macie uses machine learning to find PII in S3");
        await flow.ReplyInThread(question.Reference, "Macie finds sensitive data in S3");

        (await flow.As(shy).Command("coach", "leaderboard hide-me")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Private);
        var board = (await flow.Command("coach", "leaderboard")).ShouldHaveSingleItem().Message.Text.ToString();
        board.ShouldNotContain("Shy Sam");
        board.ShouldContain(flow.User.Name);

        await flow.As(shy).Command("coach", "leaderboard show-me");
        (await flow.Command("coach", "leaderboard")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Shy Sam");
    }
}
