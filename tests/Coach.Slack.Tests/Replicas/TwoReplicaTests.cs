using System.Net;
using Coach.Core.Channels;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Slack.Tests.Operations;
using Coach.Tests;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Coach.Slack.Tests.Replicas;

/// <summary>
/// Two Coach replicas, each with its own scheduler and turn queue, sharing one PostgreSQL
/// database and one (fake) Slack workspace, as a company-wide deployment runs.
/// </summary>
public sealed class TwoReplicaTests
{
    [PostgresFact]
    public async Task Fifty_channels_over_thirty_days_get_every_daily_question_exactly_once()
    {
        var start = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        await using var slack = await FakeSlack.StartAsync();
        var database = await NewDatabaseAsync();
        // Never revealed by the timer within the month: only the questions themselves are counted.
        // The test drives the passes itself, without the replicas' timer services: they would fire whenever
        // the clock jumps a day, and a jump under a Slack call in flight is, to its timeout, a call that took
        // a day. The answers are never revealed within the month: only the questions are counted.
        var setup = new SlackHostSetup(
            database,
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                SlackHostSetup.WithoutSchedulerTimer(services);
            },
            "--Coach:Schedule:RevealAfter", "365.00:00:00");
        await using var first = await SlackHost.StartAsync(slack, setup, "SigningSecret", SignedRequests.Secret);
        await using var second = await SlackHost.StartAsync(slack, setup, "SigningSecret", SignedRequests.Secret);
        var channels = Enumerable.Range(1, 50).Select(i => SlackPlatform.Channel($"C{i:D3}")).ToList();
        var store = first.Services.GetRequiredService<IChannelStore>();
        foreach (var channel in channels)
        {
            await store.SaveAsync(new ChannelSettings(channel, "0 9 * * *", "UTC", [], [], Paused: false, ActiveSince: start), CancellationToken.None);
        }

        for (var day = 0; day < 30; day++)
        {
            time.SetUtcNow(start.AddDays(day).AddHours(1).AddSeconds(5));
            // Two passes on each replica at once, as when a timer tick and a restart's first pass meet.
            await Task.WhenAll(new[] { first, second, first, second }.Select(replica =>
                Task.Run(() => replica.Services.GetRequiredService<DailyQuestionScheduler>().RunDueAsync(CancellationToken.None))));
        }


        var questions = slack.Posted("chat.postMessage").Where(post => post["thread_ts"] is null).ToList();
        questions.Count.ShouldBe(50 * 30);
        questions.GroupBy(post => (string?)post["channel"]).ShouldAllBe(posts => posts.Count() == 30);
        await using var connection = new NpgsqlConnection(database);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM daily_posts")).ShouldBe(50 * 30);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM slot_claims WHERE handled_utc IS NULL")).ShouldBe(0);
    }

    [PostgresFact]
    public async Task The_same_slack_event_delivered_to_both_replicas_and_retried_is_answered_once()
    {
        await using var slack = await FakeSlack.StartAsync();
        var setup = new SlackHostSetup(await NewDatabaseAsync());
        await using var first = await SlackHost.StartAsync(slack, setup, "SigningSecret", SignedRequests.Secret);
        await using var second = await SlackHost.StartAsync(slack, setup, "SigningSecret", SignedRequests.Secret);
        var ev = SignedRequests.DirectMessage("U1", "mock 2", "1700000100.000001");

        var deliveries = await Task.WhenAll(
            SignedRequests.EventAsync(first, "EvR1", ev),
            SignedRequests.EventAsync(second, "EvR1", ev),
            SignedRequests.EventAsync(first, "EvR1", ev, retry: "1"),
            SignedRequests.EventAsync(second, "EvR1", ev, retry: "2"));

        deliveries.ShouldAllBe(response => response.StatusCode == HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => slack.Said("Question 1 of 2", StringComparison.OrdinalIgnoreCase));
        // A later message, answered after anything the duplicates could have caused: only its reply may follow.
        (await SignedRequests.EventAsync(second, "EvR2", SignedRequests.DirectMessage("U1", "hint", "1700000100.000002"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => slack.Posted("chat.postMessage").Any(post => ((string?)post["text"] ?? "").StartsWith("Hint", StringComparison.Ordinal)));
        slack.Posted("chat.postMessage").Count.ShouldBe(2, "one question, one hint: no second interview, no 'already started'");
    }

    [PostgresFact]
    public async Task A_mock_interview_whose_messages_alternate_between_replicas_stays_one_session_with_every_answer_stored_once()
    {
        await using var slack = await FakeSlack.StartAsync();
        var database = await NewDatabaseAsync();
        var setup = new SlackHostSetup(database, Settings: InterviewSettings.NoFollowUps);
        await using var first = await SlackHost.StartAsync(slack, setup, "SigningSecret", SignedRequests.Secret);
        await using var second = await SlackHost.StartAsync(slack, setup, "SigningSecret", SignedRequests.Secret);
        SlackHost[] replicas = [first, second];

        (await SignedRequests.EventAsync(first, "EvM0", SignedRequests.DirectMessage("U5", "mock 3", "1700000200.000000"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => slack.Said("Question 1 of 3", StringComparison.OrdinalIgnoreCase));
        for (var i = 1; i <= 3; i++)
        {
            var answer = SignedRequests.DirectMessage("U5", $"My answer number {i}: least privilege, encryption with KMS and logging with CloudTrail", $"1700000200.00000{i}");
            (await SignedRequests.EventAsync(replicas[i % 2], $"EvM{i}", answer)).StatusCode.ShouldBe(HttpStatusCode.OK);
            // Slack delivers again to the other replica, as after a slow acknowledgement.
            (await SignedRequests.EventAsync(replicas[(i + 1) % 2], $"EvM{i}", answer, retry: "1")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Said(i < 3 ? $"Question {i + 1} of 3" : "Scorecard", StringComparison.OrdinalIgnoreCase));
        }

        await using var connection = new NpgsqlConnection(database);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM interview_sessions")).ShouldBe(1);
        (await connection.QueryAsync<long>("SELECT position FROM interview_answers ORDER BY position")).ShouldBe([0L, 1L, 2L]);
        (await connection.ExecuteScalarAsync<string>("SELECT state FROM interview_sessions")).ShouldBe("finished");
        foreach (var question in new[] { "Question 1 of 3", "Question 2 of 3", "Question 3 of 3" })
        {
            slack.Posted("chat.postMessage").Count(post => post.ToJsonString().Contains(question, StringComparison.Ordinal)).ShouldBe(1, question);
        }
    }

    private static async Task<string> NewDatabaseAsync()
    {
        var server = await PostgresServer.GetAsync();
        return server.ConnectionString(await server.CreateDatabaseAsync());
    }
}
