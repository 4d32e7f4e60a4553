using System.Net;
using Coach.Slack.Tests.Operations;
using Coach.Tests;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Coach.Slack.Tests.Faults;

/// <summary>Coach killed outright or asked to stop, as a real process: what it promised is kept.</summary>
public sealed class ProcessFaultTests
{
    private const string QueuedAnswerText = "Least privilege everywhere, KMS encryption and CloudTrail logging";
    // A short lease, so that a survivor takes a killed process's turns over quickly; no follow-ups, so that
    // an answer moves straight on to the next question whichever question was drawn.
    private static readonly string[] FaultSettings = ["--Coach:Turns:Lease", "00:00:02", .. InterviewSettings.NoFollowUps];
    private static readonly (string Id, string Event) QueuedAnswer = DirectMessage("EvQ2", QueuedAnswerText, "1700000600.000002");

    [Fact]
    public async Task Killed_in_the_middle_of_a_mock_interview_coach_resumes_at_the_same_question_with_no_answer_lost_or_twice()
    {
        using var data = new TempFolder();
        var file = Path.Combine(data.Path, "coach.db");
        var database = $"Data Source={file}";
        await using var slack = await FakeSlack.StartAsync();
        var first = await SlackProcess.StartAsync(slack, database, InterviewSettings.NoFollowUps);
        var firstAnswer = DirectMessage("EvK1", "Least privilege everywhere, KMS encryption and CloudTrail logging", "1700000400.000001");
        try
        {
            (await Send(first, DirectMessage("EvK0", "mock 3", "1700000400.000000"))).ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Said("Question 1 of 3"));
            (await Send(first, firstAnswer)).ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Said("Question 2 of 3"));
        }
        finally
        {
            await first.KillAsync();
        }

        await using var second = await SlackProcess.StartAsync(slack, database, InterviewSettings.NoFollowUps);
        // Slack delivers the first answer again (its acknowledgement was lost with the process): not taken twice.
        (await Send(second, firstAnswer)).ShouldBe(HttpStatusCode.OK);
        (await Send(second, DirectMessage("EvK2", "Security groups are stateful, network ACLs are stateless", "1700000400.000002"))).ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => slack.Said("Question 3 of 3"));

        slack.Posted("chat.postMessage").Count(post => post.ToJsonString().Contains("Question 2 of 3", StringComparison.Ordinal)).ShouldBe(1);
        await using var connection = new SqliteConnection(database);
        (await connection.QueryAsync<long>("SELECT position FROM interview_answers ORDER BY position")).ShouldBe([0L, 1L]);
        (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM interview_sessions WHERE state = 'open'")).ShouldBe(1);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Killed_with_messages_acknowledged_but_not_yet_worked_off_coach_works_them_off_after_a_restart_once_each()
    {
        using var data = new TempFolder();
        var database = $"Data Source={Path.Combine(data.Path, "coach.db")}";
        await using var slack = await FakeSlack.StartAsync();
        var killed = await SlackProcess.StartAsync(slack, database, FaultSettings);

        await KillWithTurnsInHandAsync(killed, slack);

        await using var restarted = await SlackProcess.StartAsync(slack, database, FaultSettings);
        await using var connection = new SqliteConnection(database);
        await ShouldBeWorkedOffOnceAsync(restarted, slack, connection);
        SqliteConnection.ClearAllPools();
    }

    [PostgresFact]
    public async Task A_replica_killed_with_messages_acknowledged_but_not_yet_worked_off_has_them_worked_off_by_the_other_once_each()
    {
        await using var slack = await FakeSlack.StartAsync();
        var (killed, replica, database) = await TwoReplicasAsync(slack);
        await using var other = replica;

        await KillWithTurnsInHandAsync(killed, slack);

        await using var connection = new Npgsql.NpgsqlConnection(database);
        await ShouldBeWorkedOffOnceAsync(other, slack, connection);
    }

    [PostgresFact]
    public async Task A_command_taken_over_by_the_other_replica_answers_privately_through_the_response_url_slack_gave()
    {
        await using var slack = await FakeSlack.StartAsync();
        var (killed, replica, _) = await TwoReplicasAsync(slack);
        await using var other = replica;
        try
        {
            // "next" hangs at Slack, and holds up the channel's lane; "progress" is kept behind it.
            slack.FailNext(FakeSlack.Hang);
            (await SignedRequests.CommandAsync(killed.Client, "/coach", "next")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Hanging == 1);
            (await SignedRequests.CommandAsync(killed.Client, "/coach", "progress", responseUrl: slack.ResponseUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await killed.KillAsync();
        }

        await Eventually.HoldsAsync(() => slack.Posted("response_url").Count == 1, () => other.Output);
        slack.Posted("chat.postEphemeral").ShouldBeEmpty("a private answer to a command goes where Slack said, even from another replica");
        slack.Posted("chat.postMessage").ShouldHaveSingleItem("the question, once");
    }

    [Fact]
    public async Task Sigterm_finishes_the_work_already_acknowledged_and_exits_cleanly()
    {
        using var data = new TempFolder();
        await using var slack = await FakeSlack.StartAsync();
        await using var coach = await SlackProcess.StartAsync(slack, $"Data Source={Path.Combine(data.Path, "coach.db")}");
        slack.Latency = TimeSpan.FromSeconds(1);

        // Three people start interviews and one asks for a hint straight away (queued behind the
        // start, in its conversation's lane); Slack has its acknowledgements, so it will not send these again.
        foreach (var user in new[] { "U1", "U2", "U3" })
        {
            (await Send(coach, DirectMessage($"EvT{user}", "mock 2", "1700000500.000001", user))).ShouldBe(HttpStatusCode.OK);
        }

        (await Send(coach, DirectMessage("EvTU1hint", "hint", "1700000500.000002", "U1"))).ShouldBe(HttpStatusCode.OK);

        var exit = await coach.TerminateAsync();

        exit.ShouldBe(0, coach.Output);
        var posts = slack.Posted("chat.postMessage");
        posts.Where(post => post.ToJsonString().Contains("Question 1 of 2", StringComparison.Ordinal))
            .Select(post => (string?)post["channel"]).ShouldBe(["DU1", "DU2", "DU3"], ignoreOrder: true);
        var toFirst = posts.Where(post => (string?)post["channel"] == "DU1").Select(post => (string?)post["text"] ?? "").ToList();
        toFirst.Count.ShouldBe(2, $"the question, then the hint queued behind it; posted: {string.Join(" | ", toFirst)}\n{coach.Output}");
        toFirst[1].ShouldStartWith("Hint");
    }

    [Fact]
    public async Task A_coach_next_acknowledged_but_not_yet_posted_when_coach_is_killed_is_posted_once_after_a_restart()
    {
        using var data = new TempFolder();
        await using var slack = await FakeSlack.StartAsync();
        var (restarted, database) = await KilledAndRestartedAsync(data, slack, async killed =>
        {
            slack.FailNext(FakeSlack.Hang);
            (await SignedRequests.CommandAsync(killed.Client, "/coach", "next", channel: "C5")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Hanging == 1);
            slack.Posted("chat.postMessage").ShouldBeEmpty();
        });
        await using (restarted)
        {
            await Eventually.HoldsAsync(() => slack.Posted("chat.postMessage").Any(post => (string?)post["channel"] == "C5"), () => restarted.Output);
            await AllWorkedOffAsync(database);
            slack.Posted("chat.postMessage").Count(post => (string?)post["channel"] == "C5").ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_reveal_press_acknowledged_but_not_yet_answered_when_coach_is_killed_is_answered_once_after_a_restart()
    {
        using var data = new TempFolder();
        await using var slack = await FakeSlack.StartAsync();
        var (restarted, database) = await KilledAndRestartedAsync(data, slack, async killed =>
        {
            (await SignedRequests.CommandAsync(killed.Client, "/coach", "next", channel: "C5")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Posted("chat.postMessage").Count == 1);
            const string question = "1700000000.000001"; // the fake Slack's first ts
            slack.FailNext(FakeSlack.Hang);
            var press = $$$"""{"type":"block_actions","trigger_id":"{{{SlackIds.TriggerId()}}}","user":{"id":"U1","username":"alice"},"channel":{"id":"C5"},"container":{"type":"message","message_ts":"{{{question}}}"},"actions":[{"action_id":"reveal-answer:0","value":""}]}""";
            (await SignedRequests.SendAsync(killed.Client, "/slack/interactivity", "application/x-www-form-urlencoded", $"payload={Uri.EscapeDataString(press)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Hanging == 1);
        });
        await using (restarted)
        {
            await Eventually.HoldsAsync(() => slack.Posted("chat.update").Count == 1, () => restarted.Output);
            await AllWorkedOffAsync(database);
            slack.Posted("chat.postMessage").Count(post => post["thread_ts"] is not null).ShouldBe(1, "the model answer, once, in the question's thread");
        }
    }

    /// <summary>
    /// Starts a mock interview, then Slack stops answering: "repeat" is in hand, waiting for its
    /// reply to be posted, and an answer is queued behind it in that conversation; Slack has both
    /// acknowledgements. Then the process is killed.
    /// </summary>
    private static async Task KillWithTurnsInHandAsync(CoachProcess coach, FakeSlack slack)
    {
        try
        {
            (await Send(coach, DirectMessage("EvQ0", "mock 3", "1700000600.000000"))).ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Said("Question 1 of 3"));
            slack.FailNext(FakeSlack.Hang);
            (await Send(coach, DirectMessage("EvQ1", "repeat", "1700000600.000001"))).ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Hanging == 1);
            (await Send(coach, QueuedAnswer)).ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await coach.KillAsync();
        }
    }

    private static async Task ShouldBeWorkedOffOnceAsync(CoachProcess survivor, FakeSlack slack, System.Data.Common.DbConnection connection)
    {
        await Eventually.HoldsAsync(() => slack.Said("Question 2 of 3"), () => survivor.Output);
        // Slack delivers the answer again as well: it is not taken twice.
        (await Send(survivor, QueuedAnswer)).ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM processed_events WHERE turn IS NOT NULL") == 0);
        (await connection.QueryAsync<(long, string)>("SELECT position, text FROM interview_answers")).ShouldBe([(0L, QueuedAnswerText)]);
        slack.Posted("chat.postMessage").Count(post => post.ToJsonString().Contains("Question 2 of 3", StringComparison.Ordinal)).ShouldBe(1);
    }

    /// <summary>Coach on a fresh SQLite file does <paramref name="inHand"/>, which leaves a turn in hand; it is killed and started again on the same file.</summary>
    private static async Task<(CoachProcess Restarted, string Database)> KilledAndRestartedAsync(TempFolder data, FakeSlack slack, Func<CoachProcess, Task> inHand)
    {
        var database = $"Data Source={Path.Combine(data.Path, "coach.db")}";
        var killed = await SlackProcess.StartAsync(slack, database, FaultSettings);
        try
        {
            await inHand(killed);
        }
        finally
        {
            await killed.KillAsync();
        }

        return (await SlackProcess.StartAsync(slack, database, FaultSettings), database);
    }

    /// <summary>Two Coach processes on one new PostgreSQL database, with short leases: one to be killed, the other to take its turns over.</summary>
    private static async Task<(CoachProcess Killed, CoachProcess Other, string Database)> TwoReplicasAsync(FakeSlack slack)
    {
        var server = await PostgresServer.GetAsync();
        var database = server.ConnectionString(await server.CreateDatabaseAsync());
        string[] settings = ["--Coach:Storage:Provider", "Postgres", .. FaultSettings];
        var killed = await SlackProcess.StartAsync(slack, database, settings);
        return (killed, await SlackProcess.StartAsync(slack, database, settings), database);
    }

    /// <summary>Waits until no kept turn is left: everything taken has been worked off and recorded as done.</summary>
    private static async Task AllWorkedOffAsync(string database)
    {
        await using var connection = new SqliteConnection(database);
        await Eventually.HoldsAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM processed_events WHERE turn IS NOT NULL") == 0);
        SqliteConnection.ClearAllPools();
    }

    private static async Task<HttpStatusCode> Send(CoachProcess coach, (string Id, string Event) message) =>
        (await SignedRequests.EventAsync(coach.Client, message.Id, message.Event)).StatusCode;

    private static (string Id, string Event) DirectMessage(string id, string text, string ts, string user = "U9") =>
        (id, SignedRequests.DirectMessage(user, text, ts));
}
