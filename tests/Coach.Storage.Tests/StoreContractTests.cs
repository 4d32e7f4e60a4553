using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Interviews;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Review;
using Coach.Storage.Sql;
using Dapper;

namespace Coach.Storage.Tests;

/// <summary>
/// What every storage provider must do, written once and run against each (a SQLite file, a
/// PostgreSQL server) by a class deriving from it that opens the database.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private protected IChannelStore Channels { get; private set; } = null!;

    private protected ISlotClaims Claims { get; private set; } = null!;

    private protected IProcessedEvents Events { get; private set; } = null!;

    private protected IDailyPostStore Posts { get; private set; } = null!;

    private protected IMessageLog Log { get; private set; } = null!;

    private protected IReviewStore Reviews { get; private set; } = null!;

    private protected IInterviewDates InterviewDates { get; private set; } = null!;

    private protected IAnswerHistory History { get; private set; } = null!;

    private protected IInterviewStore Interviews { get; private set; } = null!;

    /// <summary>Stores on a second, independent connection to the same database: another replica.</summary>
    private protected ISlotClaims OtherReplicaClaims { get; private set; } = null!;

    private protected IDailyPostStore OtherReplicaPosts { get; private set; } = null!;

    private protected IInterviewStore OtherReplicaInterviews { get; private set; } = null!;

    private protected ITurnInbox Inbox { get; private set; } = null!;

    private protected ITurnInbox OtherReplicaInbox { get; private set; } = null!;

    private protected ICoachDatabase Database { get; private set; } = null!;

    /// <summary>The provider's schema steps, to run one of them again over data of the shape it was written for.</summary>
    private protected abstract IReadOnlyList<Migrations.Migration> Schema { get; }

    public async Task InitializeAsync()
    {
        var (database, otherReplica) = await OpenAsync();
        Database = database;
        (Channels, Claims, Events, Posts) = (new SqlChannelStore(database), new SqlSlotClaims(database), new SqlProcessedEvents(database), new SqlDailyPostStore(database));
        (Log, Reviews, InterviewDates, History, Interviews) = (new SqlMessageLog(database), new SqlReviewStore(database), new SqlInterviewDates(database), new SqlAnswerHistory(database), new SqlInterviewStore(database));
        (OtherReplicaClaims, OtherReplicaPosts, OtherReplicaInterviews) = (new SqlSlotClaims(otherReplica), new SqlDailyPostStore(otherReplica), new SqlInterviewStore(otherReplica));
        (Inbox, OtherReplicaInbox) = (new SqlTurnInbox(database), new SqlTurnInbox(otherReplica));
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A migrated database of this test's own, and a second handle on it as another replica would have.</summary>
    private protected abstract Task<(ICoachDatabase Database, ICoachDatabase OtherReplica)> OpenAsync();

    [StoreFact]
    public async Task A_channel_keeps_its_difficulty_and_a_channel_without_one_has_none()
    {
        var hard = new ChannelSettings(new ChannelRef("test", $"C-{Guid.NewGuid():N}"), "0 9 * * *", "UTC", ["logging"], [], false, Now, null, Difficulty.Hard);
        var any = hard with { Channel = new ChannelRef("test", $"C-{Guid.NewGuid():N}"), Difficulty = null };
        await Channels.SaveAsync(hard, CancellationToken.None);
        await Channels.SaveAsync(any, CancellationToken.None);

        (await Channels.FindAsync(hard.Channel, CancellationToken.None))!.Difficulty.ShouldBe(Difficulty.Hard);
        (await Channels.FindAsync(any.Channel, CancellationToken.None))!.Difficulty.ShouldBeNull();
    }

    [StoreFact]
    public async Task Reports_are_numbered_listed_while_open_settled_once_and_accepted_appeals_are_found_by_question()
    {
        var reports = new SqlQuestionReports(Database);
        var otherReplica = new SqlQuestionReports(Database);
        var question = QuestionId.Parse($"d{Guid.NewGuid():N}/3");
        var problem = await reports.AddAsync(new QuestionReport(0, ReportKind.Problem, question, "abc123", null, "this is outdated", "test", "U1", Now), CancellationToken.None);
        var appeal = await reports.AddAsync(new QuestionReport(0, ReportKind.Appeal, question, "abc123", "Blocks public buckets.", "turn off public access", "test", "U2", Now), CancellationToken.None);

        appeal.Number.ShouldBeGreaterThan(problem.Number);
        (await reports.ListOpenAsync(1000, CancellationToken.None)).Where(r => r.Question == question).Select(r => (r.Kind, r.Text, r.KeyPoint))
            .ShouldBe([(ReportKind.Problem, "this is outdated", (string?)null), (ReportKind.Appeal, "turn off public access", "Blocks public buckets.")]);
        (await reports.AcceptedAsync(question, CancellationToken.None)).ShouldBeEmpty();

        // Two admins settling the same appeal at once: one of them does it.
        var settled = await Task.WhenAll(
            Task.Run(() => reports.ResolveAsync(appeal.Number, ReportStatus.Accepted, "A1", Now, CancellationToken.None)),
            Task.Run(() => otherReplica.ResolveAsync(appeal.Number, ReportStatus.Closed, "A2", Now, CancellationToken.None)));
        settled.Count(won => won).ShouldBe(1);
        (await reports.ResolveAsync(problem.Number, ReportStatus.Closed, "A1", Now, CancellationToken.None)).ShouldBeTrue();
        (await reports.ResolveAsync(problem.Number, ReportStatus.Closed, "A1", Now, CancellationToken.None)).ShouldBeFalse("a closed report is not open any more");

        (await reports.ListOpenAsync(1000, CancellationToken.None)).ShouldNotContain(r => r.Question == question);
        var status = (await reports.FindAsync(appeal.Number, CancellationToken.None))!.Status;
        (await reports.AcceptedAsync(question, CancellationToken.None)).ShouldBe(status == ReportStatus.Accepted
            ? [new AcceptedAlternative(question, "Blocks public buckets.", "turn off public access")]
            : []);
        (await reports.FindAsync(problem.Number + 1_000_000, CancellationToken.None)).ShouldBeNull();
    }

    /// <summary>Before migration 11 a Teams conversation's id began with its service URL: <c>https://…/|channel|19:…</c>.</summary>
    [StoreFact]
    public async Task Migration_11_keys_teams_conversations_without_their_service_url_and_keeps_the_url_beside_them()
    {
        const string Url = "https://smba.trafficmanager.net/emea/";
        const string Legacy = Url + "|channel|19:general@thread.tacv2";
        const string Moved = "https://smba.trafficmanager.net/teams/|channel|19:general@thread.tacv2";
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DROP TABLE conversation_addresses");
            await connection.ExecuteAsync(
                """
                INSERT INTO channels (platform, channel_id, is_direct, cron, time_zone, topics, skip_dates, paused, active_since_utc) VALUES
                    ('teams', @Legacy, 0, '0 9 * * *', 'UTC', '[]', '', 0, 0),
                    ('teams', @Moved, 0, '0 10 * * *', 'UTC', '[]', '', 0, 0),
                    ('slack', 'C1', 0, '0 9 * * *', 'UTC', '[]', '', 0, 0);
                INSERT INTO daily_posts (platform, channel_id, is_direct, thread_ref, question_id, cycle, posted_utc) VALUES ('teams', @Legacy, 0, 'activity-1', 'd/1', 0, 1);
                INSERT INTO slot_claims (platform, channel_id, slot_utc, claimed_utc, handled_utc) VALUES ('teams', @Legacy, 5, 5, 5);
                """,
                new { Legacy, Moved });
            await connection.ExecuteAsync(Schema.Single(step => step.Version == 11).Sql);
        }

        var channel = new ChannelRef("teams", "channel|19:general@thread.tacv2");
        (await Channels.FindAsync(channel, CancellationToken.None)).ShouldNotBeNull("one row per conversation stays");
        (await Posts.FindByThreadAsync(channel, new MessageRef("activity-1"), CancellationToken.None)).ShouldNotBeNull("its threads are found by the new id");
        (await Claims.TryClaimAsync(channel, DateTimeOffset.MinValue.AddTicks(5), Now, Lease, CancellationToken.None)).ShouldBeFalse("a slot handled before stays handled");
        (await Channels.FindAsync(new ChannelRef("slack", "C1"), CancellationToken.None)).ShouldNotBeNull("other platforms are untouched");
        (await new SqlConversationAddresses(Database).FindAsync("teams", channel.Id, CancellationToken.None)).ShouldBeOneOf(Url, "https://smba.trafficmanager.net/teams/");
    }

    [StoreFact]
    public async Task Only_one_mock_interview_is_open_per_person_even_when_two_replicas_start_one_at_once()
    {
        var user = $"U-{Guid.NewGuid():N}";
        var channel = new ChannelRef("test", $"D-{user}", IsDirect: true);
        QuestionId[] questions = [QuestionId.Parse("d/1"), QuestionId.Parse("d/2")];

        var started = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Interviews : OtherReplicaInterviews).TryStartAsync(channel, user, questions, Now, CancellationToken.None))));

        started.Count(session => session is not null).ShouldBe(1);
        var open = await OtherReplicaInterviews.FindOpenAsync("test", user, CancellationToken.None);
        open.ShouldNotBeNull();
        open.Id.ShouldBe(started.Single(session => session is not null)!.Id);
        open.Questions.ShouldBe(questions);
        open.Channel.ShouldBe(channel);
    }

    /// <summary>Two replicas: a Hint pressed on one while the answer is graded on the other.</summary>
    [StoreFact]
    public async Task A_session_read_before_another_replica_moved_it_on_cannot_move_it_back()
    {
        var user = $"U-{Guid.NewGuid():N}";
        QuestionId[] questions = [QuestionId.Parse("d/1"), QuestionId.Parse("d/2"), QuestionId.Parse("d/3")];
        var session = (await Interviews.TryStartAsync(new ChannelRef("test", $"D-{user}", IsDirect: true), user, questions, Now, CancellationToken.None))!;
        var readForHint = (await OtherReplicaInterviews.FindOpenAsync("test", user, CancellationToken.None))!;

        (await Interviews.TryRecordAnswerAsync(session with { Position = 1 }, new InterviewAnswer(0, questions[0], 70, false, TimeSpan.Zero), "answer", "Ev1", Now, CancellationToken.None)).ShouldBeTrue();
        await OtherReplicaInterviews.SaveAsync(readForHint with { HintsUsed = 1, LastActivityAt = Now.AddSeconds(1) }, CancellationToken.None);

        var open = (await Interviews.FindOpenAsync("test", user, CancellationToken.None))!;
        open.Position.ShouldBe(1, "still at the next question");
        (await Interviews.TryRecordAnswerAsync(open with { Position = 2 }, new InterviewAnswer(1, questions[1], 50, false, TimeSpan.Zero), "next answer", "Ev2", Now, CancellationToken.None))
            .ShouldBeTrue("the next answer is taken, not refused as a repeat");
        (await Interviews.FindOpenAsync("test", user, CancellationToken.None))!.Position.ShouldBe(2);
    }

    [StoreFact]
    public async Task An_interview_answer_is_stored_once_with_the_session_moved_on_in_the_same_step_and_a_finished_interview_frees_the_person()
    {
        var user = $"U-{Guid.NewGuid():N}";
        QuestionId[] questions = [QuestionId.Parse("d/1"), QuestionId.Parse("d/2"), QuestionId.Parse("d/3")];
        var session = (await Interviews.TryStartAsync(new ChannelRef("test", $"D-{user}", IsDirect: true), user, questions, Now, CancellationToken.None))!;
        var first = new InterviewAnswer(0, questions[0], 70, Skipped: false, TimeSpan.FromSeconds(42));
        var later = Now.AddMinutes(1);

        (await Interviews.TryRecordAnswerAsync(session with { Position = 1, AskedAt = later, LastActivityAt = later }, first, "first", "Ev1", later, CancellationToken.None)).ShouldBeTrue();
        (await OtherReplicaInterviews.TryRecordAnswerAsync(session with { Finished = true }, first with { Score = 10 }, "again", "Ev1", later, CancellationToken.None)).ShouldBeFalse("the same position");
        var open = (await OtherReplicaInterviews.FindOpenAsync("test", user, CancellationToken.None)).ShouldNotBeNull("the repeat changed nothing");
        open.Position.ShouldBe(1, "moved on with its answer");
        open.AskedAt.ShouldBe(later);
        (await Interviews.TryRecordAnswerAsync(open with { Finished = true }, new InterviewAnswer(1, questions[1], 10, Skipped: false, TimeSpan.Zero), "first", "Ev1", later, CancellationToken.None))
            .ShouldBeFalse("the same message worked off again after the session moved on");

        // Answers without a message id (a question dropped from the deck is skipped) never collide.
        var second = new InterviewAnswer(1, questions[1], 0, Skipped: true, TimeSpan.Zero);
        var third = new InterviewAnswer(2, questions[2], 40, Skipped: false, TimeSpan.FromSeconds(10));
        (await Interviews.TryRecordAnswerAsync(open with { Position = 2 }, second, "", null, later, CancellationToken.None)).ShouldBeTrue();
        (await Interviews.TryRecordAnswerAsync(open with { Position = 2, Finished = true }, third, "third", null, later, CancellationToken.None)).ShouldBeTrue();

        (await Interviews.AnswersAsync(session.Id, CancellationToken.None)).ShouldBe([first, second, third]);
        var fromEv1 = (await OtherReplicaInterviews.FindAnswerFromAsync("test", user, "Ev1", CancellationToken.None)).ShouldNotBeNull();
        (fromEv1.Answer, fromEv1.Text, fromEv1.Session.Id, fromEv1.Session.Finished).ShouldBe((first, "first", session.Id, true));
        (await Interviews.FindAnswerFromAsync("test", user, "Ev-never", CancellationToken.None)).ShouldBeNull();
        (await Interviews.FindAnswerFromAsync("test", "someone-else", "Ev1", CancellationToken.None)).ShouldBeNull();
        (await Interviews.LatestScoresAsync("test", user, CancellationToken.None)).ShouldBe(new Dictionary<QuestionId, int> { [questions[0]] = 70, [questions[1]] = 0, [questions[2]] = 40 });
        (await Interviews.FindOpenAsync("test", user, CancellationToken.None)).ShouldBeNull();
        (await Interviews.TryStartAsync(new ChannelRef("test", $"D-{user}", IsDirect: true), user, [QuestionId.Parse("d/2")], Now, CancellationToken.None)).ShouldNotBeNull();
    }

    [StoreFact]
    public async Task A_follow_up_waits_with_its_answer_takes_one_reply_and_then_moves_the_session_on()
    {
        var user = $"U-{Guid.NewGuid():N}";
        QuestionId[] questions = [QuestionId.Parse("d/1"), QuestionId.Parse("d/2")];
        var session = (await Interviews.TryStartAsync(new ChannelRef("test", $"D-{user}", IsDirect: true), user, questions, Now, CancellationToken.None))!;
        var answer = new InterviewAnswer(0, questions[0], 40, Skipped: false, TimeSpan.FromSeconds(30), new InterviewFollowUp("Point A.", null, 40, []));
        var later = Now.AddMinutes(1);

        (await Interviews.TryRecordAnswerAsync(session with { FollowUp = "Point A.", LastActivityAt = later }, answer, "my answer", "Ev-answer", later, CancellationToken.None)).ShouldBeTrue();
        var waiting = (await OtherReplicaInterviews.FindOpenAsync("test", user, CancellationToken.None)).ShouldNotBeNull();
        (waiting.Position, waiting.FollowUp).ShouldBe((0, "Point A."));
        await Interviews.SaveAsync(session with { HintsUsed = 1, LastActivityAt = later }, CancellationToken.None);
        (await Interviews.FindOpenAsync("test", user, CancellationToken.None))!.FollowUp.ShouldBe("Point A.", "a save from a session read before the answer leaves the follow-up waiting");
        (await Interviews.AnswerTextAsync(session.Id, 0, CancellationToken.None)).ShouldBe("my answer");
        (await Interviews.AnswerTextAsync(session.Id, 1, CancellationToken.None)).ShouldBeNull();
        var fromAnswer = (await Interviews.FindAnswerFromAsync("test", user, "Ev-answer", CancellationToken.None)).ShouldNotBeNull();
        (fromAnswer.FromFollowUp, fromAnswer.Answer.FollowUp!.Waiting).ShouldBe((false, true));

        var movedOn = waiting with { Position = 1, FollowUp = null, AskedAt = later, LastActivityAt = later };
        var reply = new InterviewFollowUp("Point A.", "point a it is", 40, ["Point A.", "Point B."]);
        (await Interviews.TryRecordFollowUpAsync(movedOn, 0, reply, 75, "Ev-reply", later, CancellationToken.None)).ShouldBeTrue();
        (await OtherReplicaInterviews.TryRecordFollowUpAsync(movedOn, 0, reply with { Reply = "" }, 40, "Ev-other", later, CancellationToken.None)).ShouldBeFalse("the follow-up has its reply");

        var open = (await Interviews.FindOpenAsync("test", user, CancellationToken.None)).ShouldNotBeNull();
        (open.Position, open.FollowUp).ShouldBe((1, (string?)null));
        var stored = (await Interviews.AnswersAsync(session.Id, CancellationToken.None)).ShouldHaveSingleItem();
        (stored.Score, stored.Taken, stored.FollowUp!.KeyPoint, stored.FollowUp.Reply, stored.FollowUp.FirstScore).ShouldBe((75, TimeSpan.FromSeconds(30), "Point A.", "point a it is", 40));
        stored.FollowUp.Gained.ShouldBe(["Point A.", "Point B."]);
        var fromReply = (await OtherReplicaInterviews.FindAnswerFromAsync("test", user, "Ev-reply", CancellationToken.None)).ShouldNotBeNull();
        (fromReply.FromFollowUp, fromReply.Text, fromReply.Answer.Score).ShouldBe((true, "my answer", 75));
        (await Interviews.LatestScoresAsync("test", user, CancellationToken.None))[questions[0]].ShouldBe(75);
        (await Interviews.TryRecordFollowUpAsync(open with { Position = 2 }, 1, reply, 90, "Ev-none", later, CancellationToken.None)).ShouldBeFalse("no follow-up waits at a position without an answer");
    }

    [StoreFact]
    public async Task Channel_settings_round_trip()
    {
        var settings = new ChannelSettings(NewChannel(), "0 9 * * MON-FRI", "Europe/Berlin", ["Data Protection", "IAM"], [new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)], Paused: false, ActiveSince: Now);

        await Channels.SaveAsync(settings, CancellationToken.None);
        var found = await Channels.FindAsync(settings.Channel, CancellationToken.None);

        found.ShouldNotBeNull();
        found.Channel.ShouldBe(settings.Channel);
        found.Cron.ShouldBe("0 9 * * MON-FRI");
        found.TimeZone.ShouldBe("Europe/Berlin");
        found.Topics.ShouldBe(["Data Protection", "IAM"]);
        found.SkipDates.ShouldBe([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)]);
        found.Paused.ShouldBeFalse();
        found.ActiveSince.ShouldBe(Now);
    }

    [StoreFact]
    public async Task Saving_again_replaces_the_settings()
    {
        var channel = NewChannel();
        await Channels.SaveAsync(new ChannelSettings(channel, "0 9 * * *", "UTC", [], [], false, Now), CancellationToken.None);
        await Channels.SaveAsync(new ChannelSettings(channel, "30 8 * * *", "Asia/Tokyo", ["IAM"], [], true, Now), CancellationToken.None);

        var found = await Channels.FindAsync(channel, CancellationToken.None);
        found!.Cron.ShouldBe("30 8 * * *");
        found.Paused.ShouldBeTrue();
    }

    [StoreFact]
    public async Task An_unknown_channel_is_not_found()
    {
        (await Channels.FindAsync(NewChannel(), CancellationToken.None)).ShouldBeNull();
    }

    [StoreFact]
    public async Task Paused_channels_are_not_listed_as_active()
    {
        var active = NewChannel();
        var paused = NewChannel();
        await Channels.SaveAsync(new ChannelSettings(active, "0 9 * * *", "UTC", [], [], false, Now), CancellationToken.None);
        await Channels.SaveAsync(new ChannelSettings(paused, "0 9 * * *", "UTC", [], [], true, Now), CancellationToken.None);

        var listed = (await Channels.ListActiveAsync(CancellationToken.None)).Select(settings => settings.Channel).ToList();

        listed.ShouldContain(active);
        listed.ShouldNotContain(paused);
    }

    [StoreFact]
    public async Task A_slot_is_claimed_once_and_only_once()
    {
        var channel = NewChannel();
        (await Claims.TryClaimAsync(channel, Now, Now, Lease, CancellationToken.None)).ShouldBeTrue();
        (await Claims.IsHandledAsync(channel, Now, CancellationToken.None)).ShouldBeFalse("claimed, not yet done");
        await Claims.MarkHandledAsync(channel, Now, Now, CancellationToken.None);
        (await OtherReplicaClaims.IsHandledAsync(channel, Now, CancellationToken.None)).ShouldBeTrue();
        (await Claims.IsHandledAsync(channel, Now.AddDays(1), CancellationToken.None)).ShouldBeFalse("another slot");
        (await Claims.TryClaimAsync(channel, Now, Now.AddMinutes(1), Lease, CancellationToken.None)).ShouldBeFalse();
        (await Claims.TryClaimAsync(channel, Now, Now.AddHours(1), Lease, CancellationToken.None)).ShouldBeFalse("a handled slot is never claimed again");
        (await Claims.TryClaimAsync(channel, Now.AddDays(1), Now.AddDays(1), Lease, CancellationToken.None)).ShouldBeTrue();
        (await Claims.TryClaimAsync(NewChannel(), Now, Now, Lease, CancellationToken.None)).ShouldBeTrue();
    }

    [StoreFact]
    public async Task An_unhandled_claim_can_be_taken_over_once_its_lease_runs_out()
    {
        var channel = NewChannel();
        (await Claims.TryClaimAsync(channel, Now, Now, Lease, CancellationToken.None)).ShouldBeTrue();

        (await OtherReplicaClaims.TryClaimAsync(channel, Now, Now.AddMinutes(1), Lease, CancellationToken.None)).ShouldBeFalse("the lease is still held");
        (await OtherReplicaClaims.TryClaimAsync(channel, Now, Now.AddMinutes(3), Lease, CancellationToken.None)).ShouldBeTrue("the holder never finished");
        (await Claims.TryClaimAsync(channel, Now, Now.AddMinutes(4), Lease, CancellationToken.None)).ShouldBeFalse("the new holder's lease is fresh");
    }

    [StoreFact]
    public async Task Two_replicas_racing_for_the_same_slots_win_each_exactly_once()
    {
        var channel = NewChannel();
        var slots = Enumerable.Range(0, 30).Select(day => Now.AddDays(day)).ToList();

        var results = await Task.WhenAll(slots.SelectMany(slot => new[]
        {
            Task.Run(() => Claims.TryClaimAsync(channel, slot, Now, Lease, CancellationToken.None)),
            Task.Run(() => OtherReplicaClaims.TryClaimAsync(channel, slot, Now, Lease, CancellationToken.None)),
        }));

        results.Count(won => won).ShouldBe(slots.Count);
    }

    [StoreFact]
    public async Task A_repeated_event_is_seen_once_until_it_is_forgotten()
    {
        var id = $"Ev{Guid.NewGuid():N}";
        (await Events.TryMarkAsync("slack", id, Now, CancellationToken.None)).ShouldBeTrue();
        (await Events.TryMarkAsync("slack", id, Now.AddSeconds(5), CancellationToken.None)).ShouldBeFalse();
        (await Events.TryMarkAsync("teams", id, Now, CancellationToken.None)).ShouldBeTrue("ids are per platform");

        await Events.ForgetAsync(Now.AddTicks(-1), CancellationToken.None);
        (await Events.TryMarkAsync("slack", id, Now.AddSeconds(10), CancellationToken.None)).ShouldBeFalse("marked at Now, not before");

        await Events.ForgetAsync(Now.AddTicks(1), CancellationToken.None);
        (await Events.TryMarkAsync("slack", id, Now.AddDays(1), CancellationToken.None)).ShouldBeTrue();
    }

    [StoreFact]
    public async Task A_taken_turn_is_kept_until_done_and_only_a_lease_run_out_lets_another_replica_take_it_over()
    {
        (await Inbox.TryTakeAsync("slack", "EvA", "turn A", "replica-1", Now, Now, CancellationToken.None)).ShouldBeTrue();
        (await Inbox.TryTakeAsync("slack", "EvB", "turn B", "replica-1", Now, Now, CancellationToken.None)).ShouldBeTrue();
        (await OtherReplicaInbox.TryTakeAsync("slack", "EvA", "turn A again", "replica-2", Now, Now, CancellationToken.None)).ShouldBeFalse("a repeat is not taken");
        (await Events.TryMarkAsync("slack", "EvA", Now, CancellationToken.None)).ShouldBeFalse("taking marks the event");

        (await OtherReplicaInbox.ReclaimAsync("replica-2", Now - Lease, Now, 3, CancellationToken.None)).ShouldBeEmpty("leases still running");
        await Inbox.DoneAsync("slack", "EvB", CancellationToken.None);

        // Replica 1 stops renewing; two minutes on, either replica may look, and one takes it over.
        var later = Now + Lease + TimeSpan.FromSeconds(1);
        var takenOver = await Task.WhenAll(
            Task.Run(() => OtherReplicaInbox.ReclaimAsync("replica-2", later - Lease, later, 3, CancellationToken.None)),
            Task.Run(() => Inbox.ReclaimAsync("replica-3", later - Lease, later, 3, CancellationToken.None)));
        takenOver.SelectMany(turns => turns).ShouldBe([new KeptTurn("slack", "EvA", "turn A")], "EvB was done; EvA taken over once");
        (await Inbox.TryTakeAsync("slack", "EvB", "turn B", "replica-1", later, later, CancellationToken.None)).ShouldBeFalse("a done turn's event stays marked");
    }

    [StoreFact]
    public async Task A_renewed_lease_is_not_taken_over_and_a_turn_is_taken_over_at_most_three_times()
    {
        (await Inbox.TryTakeAsync("teams", "a:1#m1", "turn", "replica-1", Now, Now, CancellationToken.None)).ShouldBeTrue();

        (await Inbox.RenewAsync("replica-1", Now + Lease, CancellationToken.None)).ShouldBe(1);
        (await OtherReplicaInbox.ReclaimAsync("replica-2", Now + Lease - Lease, Now + Lease, 3, CancellationToken.None)).ShouldBeEmpty("renewed at Now + 2 min");
        (await OtherReplicaInbox.RenewAsync("replica-2", Now + Lease, CancellationToken.None)).ShouldBe(0, "replica 2 holds nothing");

        var takeovers = 0;
        for (var minute = 10; minute < 60; minute += 10)
        {
            var at = Now.AddMinutes(minute);
            takeovers += (await OtherReplicaInbox.ReclaimAsync($"replica-{minute}", at - Lease, at, 3, CancellationToken.None)).Count;
        }

        takeovers.ShouldBe(3, "a turn that brings replicas down is given up");
    }

    [StoreFact]
    public async Task A_daily_post_is_found_by_its_thread_and_only_in_its_channel()
    {
        var channel = NewChannel();
        var post = await Posts.RecordAsync(channel, new MessageRef("1700000000.000100"), QuestionId.Parse("aws-security/19"), 0, Now, CancellationToken.None);

        var found = await Posts.FindByThreadAsync(channel, new MessageRef("1700000000.000100"), CancellationToken.None);

        found.ShouldBe(post);
        found!.RevealedAt.ShouldBeNull();
        (await Posts.FindByThreadAsync(channel, new MessageRef("1700000000.000999"), CancellationToken.None)).ShouldBeNull();
        (await Posts.FindByThreadAsync(NewChannel(), new MessageRef("1700000000.000100"), CancellationToken.None)).ShouldBeNull();
    }

    [StoreFact]
    public async Task Cycles_track_which_questions_a_channel_has_seen()
    {
        var channel = NewChannel();
        (await Posts.CurrentCycleAsync(channel, CancellationToken.None)).ShouldBe(0);

        await Posts.RecordAsync(channel, new MessageRef("t1"), QuestionId.Parse("d/1"), 0, Now, CancellationToken.None);
        await Posts.RecordAsync(channel, new MessageRef("t2"), QuestionId.Parse("d/2"), 0, Now, CancellationToken.None);
        await Posts.RecordAsync(channel, new MessageRef("t3"), QuestionId.Parse("d/1"), 1, Now, CancellationToken.None);

        (await Posts.CurrentCycleAsync(channel, CancellationToken.None)).ShouldBe(1);
        (await Posts.AskedInCycleAsync(channel, 0, CancellationToken.None)).ShouldBe([QuestionId.Parse("d/1"), QuestionId.Parse("d/2")], ignoreOrder: true);
        (await Posts.AskedInCycleAsync(channel, 1, CancellationToken.None)).ShouldBe([QuestionId.Parse("d/1")]);
    }

    [StoreFact]
    public async Task The_model_answer_is_revealed_once_even_when_two_replicas_race()
    {
        var post = await Posts.RecordAsync(NewChannel(), new MessageRef("t1"), QuestionId.Parse("d/1"), 0, Now, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Posts : OtherReplicaPosts).TryMarkRevealedAsync(post.Id, null, Now.AddMinutes(i), CancellationToken.None))));

        results.Count(won => won).ShouldBe(1);
        (await Posts.FindByThreadAsync(post.Channel, post.Thread, CancellationToken.None))!.RevealedAt.ShouldNotBeNull();
    }

    [StoreFact]
    public async Task The_turn_that_claimed_a_reveal_may_finish_it_after_a_takeover_and_no_other_may()
    {
        var post = await Posts.RecordAsync(NewChannel(), new MessageRef("t1"), QuestionId.Parse("d/1"), 0, Now, CancellationToken.None);

        (await Posts.TryMarkRevealedAsync(post.Id, "trigger:1.2.a", Now, CancellationToken.None)).ShouldBeTrue();

        (await OtherReplicaPosts.TryMarkRevealedAsync(post.Id, "trigger:1.2.a", Now.AddMinutes(1), CancellationToken.None)).ShouldBeTrue("the same press, taken over");
        (await OtherReplicaPosts.TryMarkRevealedAsync(post.Id, "trigger:3.4.b", Now.AddMinutes(1), CancellationToken.None)).ShouldBeFalse("another press");
        (await OtherReplicaPosts.TryMarkRevealedAsync(post.Id, null, Now.AddMinutes(1), CancellationToken.None)).ShouldBeFalse("the timer");
        (await Posts.FindByThreadAsync(post.Channel, post.Thread, CancellationToken.None))!.RevealedAt.ShouldBe(Now, "revealed when it was first claimed");
    }

    [StoreFact]
    public async Task Unrevealed_posts_older_than_a_moment_are_listed_for_the_automatic_reveal()
    {
        var channel = NewChannel();
        var old = await Posts.RecordAsync(channel, new MessageRef("old"), QuestionId.Parse("d/1"), 0, Now.AddHours(-5), CancellationToken.None);
        var revealed = await Posts.RecordAsync(channel, new MessageRef("revealed"), QuestionId.Parse("d/2"), 0, Now.AddHours(-5), CancellationToken.None);
        await Posts.TryMarkRevealedAsync(revealed.Id, null, Now.AddHours(-4), CancellationToken.None);
        var fresh = await Posts.RecordAsync(channel, new MessageRef("fresh"), QuestionId.Parse("d/3"), 0, Now.AddHours(-1), CancellationToken.None);

        var listed = (await Posts.ListUnrevealedAsync(Now.AddHours(-4), CancellationToken.None)).Select(post => post.Id).ToList();

        listed.ShouldContain(old.Id);
        listed.ShouldNotContain(revealed.Id);
        listed.ShouldNotContain(fresh.Id);
    }

    [StoreFact]
    public async Task Replies_of_any_length_are_stored()
    {
        var post = await Posts.RecordAsync(NewChannel(), new MessageRef("t1"), QuestionId.Parse("d/1"), 0, Now, CancellationToken.None);
        await Should.NotThrowAsync(() => Posts.RecordReplyAsync(post.Id, new ChatUser("U1", "Ada"), new string('x', 40_000), 12, [], Now, CancellationToken.None));
    }

    [StoreFact]
    public async Task The_message_log_keeps_threads_private_messages_and_edits_in_order()
    {
        var platform = $"p-{Guid.NewGuid():N}";
        var root = await Log.AppendAsync(new LoggedMessage(0, platform, "general", null, "coach", null, "question", Now), CancellationToken.None);
        var reply = await Log.AppendAsync(new LoggedMessage(0, platform, "general", root.Id, "alice", null, "my answer", Now.AddMinutes(1)), CancellationToken.None);
        var hidden = await Log.AppendAsync(new LoggedMessage(0, platform, "general", root.Id, "coach", "bob", "for bob", Now.AddMinutes(2)), CancellationToken.None);
        await Log.AppendAsync(new LoggedMessage(0, "elsewhere", "general", null, "coach", null, "other platform", Now), CancellationToken.None);

        var edited = await Log.EditAsync(platform, root.Id, "question (answered)", Now.AddMinutes(3), CancellationToken.None);

        reply.Id.ShouldBeGreaterThan(root.Id);
        edited.ShouldBe(root with { Body = "question (answered)", EditedAt = Now.AddMinutes(3) });
        (await Log.FindAsync(platform, hidden.Id, CancellationToken.None)).ShouldBe(hidden);
        (await Log.LatestAsync(platform, 10, CancellationToken.None)).Select(message => message.Body).ShouldBe(["question (answered)", "my answer", "for bob"]);
        (await Log.LatestAsync(platform, 2, CancellationToken.None)).Select(message => message.Id).ShouldBe([reply.Id, hidden.Id]);
        (await Log.EditAsync(platform, hidden.Id + 1000, "x", Now, CancellationToken.None)).ShouldBeNull();
        (await Log.FindAsync("elsewhere", root.Id, CancellationToken.None)).ShouldBeNull();
    }

    [StoreFact]
    public async Task A_review_state_round_trips_and_saving_again_replaces_it()
    {
        var user = $"U-{Guid.NewGuid():N}";
        var first = SpacedRepetition.Next(ReviewState.New(QuestionId.Parse("d/1"), Now), 90, Now);
        await Reviews.SaveAsync("test", user, first, CancellationToken.None);
        (await Reviews.FindAsync("test", user, QuestionId.Parse("d/1"), CancellationToken.None)).ShouldBe(first);

        var second = SpacedRepetition.Next(first, 20, Now.AddDays(1));
        await Reviews.SaveAsync("test", user, second, CancellationToken.None);

        (await Reviews.FindAsync("test", user, QuestionId.Parse("d/1"), CancellationToken.None)).ShouldBe(second);
        (await Reviews.FindAsync("test", user, QuestionId.Parse("d/2"), CancellationToken.None)).ShouldBeNull();
        (await Reviews.FindAsync("other-platform", user, QuestionId.Parse("d/1"), CancellationToken.None)).ShouldBeNull();
    }

    [StoreFact]
    public async Task A_persons_review_states_come_soonest_due_first_and_theirs_only()
    {
        var user = $"U-{Guid.NewGuid():N}";
        var later = ReviewState.New(QuestionId.Parse("d/1"), Now.AddDays(3));
        var sooner = ReviewState.New(QuestionId.Parse("d/2"), Now.AddDays(1));
        await Reviews.SaveAsync("test", user, later, CancellationToken.None);
        await Reviews.SaveAsync("test", user, sooner, CancellationToken.None);
        await Reviews.SaveAsync("test", $"{user}-other", ReviewState.New(QuestionId.Parse("d/3"), Now), CancellationToken.None);

        (await Reviews.AllAsync("test", user, CancellationToken.None)).Select(state => state.Question.ToString()).ShouldBe(["d/2", "d/1"]);
    }

    [StoreFact]
    public async Task An_interview_date_round_trips_is_replaced_and_cleared()
    {
        var user = $"U-{Guid.NewGuid():N}";
        await InterviewDates.SaveAsync("test", user, new InterviewDate(new DateOnly(2026, 12, 15), Now), CancellationToken.None);
        await InterviewDates.SaveAsync("test", user, new InterviewDate(new DateOnly(2027, 1, 4), Now.AddDays(1)), CancellationToken.None);

        (await InterviewDates.FindAsync("test", user, CancellationToken.None)).ShouldBe(new InterviewDate(new DateOnly(2027, 1, 4), Now.AddDays(1)));
        (await InterviewDates.FindAsync("other-platform", user, CancellationToken.None)).ShouldBeNull();

        await InterviewDates.ClearAsync("test", user, CancellationToken.None);
        (await InterviewDates.FindAsync("test", user, CancellationToken.None)).ShouldBeNull();
    }

    [StoreFact]
    public async Task A_reminder_round_trips_is_replaced_listed_and_cleared_and_is_forgotten_with_the_zone_and_days_away()
    {
        var (reminders, zones, away) = (new SqlReminders(Database), new SqlPersonZones(Database), new SqlAwayPeriods(Database));
        var user = $"U-{Guid.NewGuid():N}";
        var direct = new ChannelRef("test", $"D-{Guid.NewGuid():N}", IsDirect: true);
        await reminders.SaveAsync(new Reminder(direct, user, new TimeOnly(8, 30), ReminderDays.Weekdays, Now), CancellationToken.None);
        var moved = new Reminder(direct, user, new TimeOnly(19, 5), ReminderDays.Daily, Now.AddDays(1));
        await reminders.SaveAsync(moved, CancellationToken.None);
        await zones.SaveAsync("test", user, new PersonZone("Europe/Berlin", Now), CancellationToken.None);
        await zones.SaveAsync("test", user, new PersonZone("America/New_York", Now.AddDays(1)), CancellationToken.None);
        await away.AddAsync("test", user, new AwayPeriod(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 31)), CancellationToken.None);

        (await reminders.FindAsync("test", user, CancellationToken.None)).ShouldBe(moved);
        (await reminders.FindAsync("other-platform", user, CancellationToken.None)).ShouldBeNull();
        (await reminders.ListAsync(CancellationToken.None)).Where(reminder => reminder.UserId == user).ShouldBe([moved]);
        (await zones.FindAsync("test", user, CancellationToken.None)).ShouldBe(new PersonZone("America/New_York", Now.AddDays(1)));

        (await new SqlPersonalData(Database).ForgetAsync("test", user, CancellationToken.None)).Routine.ShouldBe(3);
        (await reminders.FindAsync("test", user, CancellationToken.None)).ShouldBeNull();
        (await zones.FindAsync("test", user, CancellationToken.None)).ShouldBeNull();
        (await away.ListAsync("test", user, CancellationToken.None)).ShouldBeEmpty();
        (await reminders.ClearAsync("test", user, CancellationToken.None)).ShouldBeFalse();
    }

    [StoreFact]
    public async Task Coming_back_early_ends_the_away_period_yesterday_drops_those_to_come_and_keeps_the_past()
    {
        var away = new SqlAwayPeriods(Database);
        var user = $"U-{Guid.NewGuid():N}";
        var past = new AwayPeriod(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 14));
        await away.AddAsync("test", user, new AwayPeriod(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 27)), CancellationToken.None);
        await away.AddAsync("test", user, past, CancellationToken.None);
        await away.AddAsync("test", user, new AwayPeriod(new DateOnly(2026, 11, 28), new DateOnly(2026, 12, 10)), CancellationToken.None);
        await away.AddAsync("test", $"{user}-other", new AwayPeriod(new DateOnly(2026, 11, 28), new DateOnly(2026, 12, 10)), CancellationToken.None);

        await away.EndAsync("test", user, new DateOnly(2026, 12, 1), CancellationToken.None);

        (await away.ListAsync("test", user, CancellationToken.None)).ShouldBe([past, new AwayPeriod(new DateOnly(2026, 11, 28), new DateOnly(2026, 11, 30))]);
        (await away.ListAsync("test", $"{user}-other", CancellationToken.None)).ShouldBe([new AwayPeriod(new DateOnly(2026, 11, 28), new DateOnly(2026, 12, 10))]);
    }

    [StoreFact]
    public async Task Going_away_again_from_a_day_ends_the_current_period_the_day_before_and_replaces_those_to_come()
    {
        var away = new SqlAwayPeriods(Database);
        var user = $"U-{Guid.NewGuid():N}";
        await away.AddAsync("test", user, new AwayPeriod(new DateOnly(2026, 11, 28), new DateOnly(2026, 12, 10)), CancellationToken.None);
        await away.AddAsync("test", user, new AwayPeriod(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 27)), CancellationToken.None);

        await away.StartAsync("test", user, new AwayPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 4)), CancellationToken.None);

        (await away.ListAsync("test", user, CancellationToken.None)).ShouldBe([
            new AwayPeriod(new DateOnly(2026, 11, 28), new DateOnly(2026, 11, 30)),
            new AwayPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 4))]);
    }

    [StoreFact]
    public async Task A_channels_activity_lists_its_posts_in_order_and_every_reply_with_the_repliers_name_its_question_and_what_it_missed()
    {
        var channel = NewChannel();
        var early = await Posts.RecordAsync(channel, new MessageRef("t1"), QuestionId.Parse("d/1"), 1, Now, CancellationToken.None);
        var late = await Posts.RecordAsync(channel, new MessageRef("t2"), QuestionId.Parse("d/2"), 1, Now.AddDays(1), CancellationToken.None);
        await Posts.RecordAsync(NewChannel(), new MessageRef("t3"), QuestionId.Parse("d/3"), 1, Now, CancellationToken.None);
        await Posts.RecordReplyAsync(late.Id, new ChatUser("U1", "Ada"), "text", 70, [], Now.AddDays(1).AddMinutes(1), CancellationToken.None);
        await Posts.RecordReplyAsync(early.Id, new ChatUser("U1", "Ada"), "text", 40, ["Point A.", "Point B."], Now.AddMinutes(1), CancellationToken.None);

        var all = await History.ChannelAsync(channel, DateTimeOffset.MinValue, CancellationToken.None);
        var lastDay = await History.ChannelAsync(channel, Now.AddHours(1), CancellationToken.None);

        all.Posts.ShouldBe([early.Id, late.Id]);
        all.Replies.Select(reply => (reply.PostId, reply.User.Name, reply.Score, reply.Question)).ShouldBe([(early.Id, "Ada", 40, QuestionId.Parse("d/1")), (late.Id, "Ada", 70, QuestionId.Parse("d/2"))]);
        all.Replies[0].Missed.ShouldBe(["Point A.", "Point B."]);
        all.Replies[1].Missed.ShouldBeEmpty();
        lastDay.Posts.ShouldBe([late.Id]);
        lastDay.Replies.ShouldHaveSingleItem().PostId.ShouldBe(late.Id);
    }

    [StoreFact]
    public async Task A_persons_history_holds_their_daily_replies_oldest_first_since_the_time_asked()
    {
        var channel = NewChannel();
        var user = new ChatUser($"U-{Guid.NewGuid():N}", "Ada");
        var post = await Posts.RecordAsync(channel, new MessageRef("t1"), QuestionId.Parse("d/1"), 1, Now, CancellationToken.None);
        await Posts.RecordReplyAsync(post.Id, user, "second", 80, [], Now.AddHours(2), CancellationToken.None);
        await Posts.RecordReplyAsync(post.Id, user, "first", 30, [], Now.AddHours(1), CancellationToken.None);
        await Posts.RecordReplyAsync(post.Id, new ChatUser("U-other", "Bo"), "theirs", 99, [], Now.AddHours(1), CancellationToken.None);

        (await History.PersonAsync("test", user.Id, Now, CancellationToken.None)).Select(answer => answer.Score).ShouldBe([30, 80]);
        (await History.PersonAsync("test", user.Id, Now.AddMinutes(90), CancellationToken.None)).Select(answer => answer.Score).ShouldBe([80]);
    }

    private static ChannelRef NewChannel() => new("test", $"C-{Guid.NewGuid():N}");
}
