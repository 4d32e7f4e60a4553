using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Grading;
using Coach.Core.Interviews;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Review;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// Mock interviews in a direct conversation: one question at a time, each answer graded and
/// followed by the model answer, a scorecard at the end. An answer that misses important key
/// points first gets one follow-up question (<see cref="InterviewOptions"/>), whose reply can raise
/// the question's score; spaced repetition keeps the unprompted score. Every step is stored before it is
/// answered, so a restart (or another replica) carries on at the same question. Typed words and
/// the interview's buttons both come here as a <see cref="MockCommand"/>.
/// </summary>
internal sealed class MockInterviews(
    IInterviewStore sessions, IQuestionBank bank, AnswerGrading grading, IReviewStore reviewStates, ReviewRecorder reviews, InterviewPreparation preparation, IOptions<InterviewOptions> options, TimeProvider time)
{
    /// <summary>A session without an answer for this long is paused until the person says <c>resume</c>.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(30);

    /// <summary>What Coach says, in order, to <paramref name="command"/> from <paramref name="user"/> in the direct conversation <paramref name="direct"/>.</summary>
    /// <param name="eventId">The message or press the command came from, so that working it off twice records an answer once.</param>
    public async Task<IReadOnlyList<CoachMessage>> RespondAsync(ChannelRef direct, ChatUser user, MockCommand command, string? eventId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (command.Kind is MockCommandKind.Answer or MockCommandKind.Skip && eventId is not null
            && await sessions.FindAnswerFromAsync(direct.Platform, user.Id, eventId, cancellationToken) is { } recorded)
        {
            return await ReplayAsync(recorded, cancellationToken);
        }

        var session = await sessions.FindOpenAsync(direct.Platform, user.Id, cancellationToken);
        switch (command.Kind, session)
        {
            case (MockCommandKind.Help, _):
                return [MockInterviewMessages.Help];
            case (MockCommandKind.Start, { } open):
                return [MockInterviewMessages.AlreadyOpen(open)];
            case (MockCommandKind.Start, null):
                return await StartAsync(direct, user, command, now, cancellationToken);
            case (MockCommandKind.Answer, null):
                return [MockInterviewMessages.Help];
            case (_, null):
                return [MockInterviewMessages.NoSession];
            case (MockCommandKind.Abandon, { } open):
                await sessions.SaveAsync(open with { Finished = true, LastActivityAt = now }, cancellationToken);
                return [MockInterviewMessages.Abandoned];
            case (MockCommandKind.Resume, { } open):
                return await AskAsync(open with { AskedAt = now, LastActivityAt = now }, cancellationToken);
            case (_, { } open) when now - open.LastActivityAt > IdleLimit:
                return [MockInterviewMessages.Paused(open)];
            case (MockCommandKind.Repeat, { } open):
                return await AskAsync(open with { LastActivityAt = now }, cancellationToken);
            case (MockCommandKind.Hint, { FollowUp: not null }):
                return [MockInterviewMessages.NoHintsInFollowUp];
            case (MockCommandKind.Hint, { } open):
                return await HintAsync(open, now, cancellationToken);
            case (MockCommandKind.Stop, { } open):
                return [await FinishAsync(open, now, cancellationToken)];
            case (MockCommandKind.Skip, { FollowUp: not null } open):
                return await RecordFollowUpAsync(open, "", eventId, now, cancellationToken);
            case (MockCommandKind.Skip, { } open):
                return await RecordAsync(open, "", skipped: true, eventId, now, cancellationToken);
            case (_, { FollowUp: not null } open):
                return await RecordFollowUpAsync(open, command.Text, eventId, now, cancellationToken);
            default:
                return await RecordAsync(session!, command.Text, skipped: false, eventId, now, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<CoachMessage>> StartAsync(ChannelRef direct, ChatUser user, MockCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scores = await sessions.LatestScoresAsync(direct.Platform, user.Id, cancellationToken);
        var states = (await reviewStates.AllAsync(direct.Platform, user.Id, cancellationToken)).ToDictionary(state => state.Question);
        var toCover = command.Topic.Length == 0 && command.Difficulty is null && await preparation.FindAsync(direct.Platform, user.Id, states, cancellationToken) is { } prep
            ? prep.LeftToCover
            : [];
        var named = (command.Questions ?? []).Where(id => bank.Find(id) is not null).Distinct().Take(MockCommand.MaxCount).ToList();
        var questions = named.Count > 0 ? named : InterviewPlan.Choose(bank.Questions, command.Topic, command.Difficulty, command.Count, scores, states, toCover, user.Id, now);
        if (questions.Count == 0)
        {
            return [MockInterviewMessages.NoQuestions(command.Topic, command.Difficulty)];
        }

        var session = await sessions.TryStartAsync(direct, user.Id, questions, now, cancellationToken);
        if (session is null)
        {
            // Another message started one a moment ago.
            var open = await sessions.FindOpenAsync(direct.Platform, user.Id, cancellationToken);
            return open is null ? [] : [MockInterviewMessages.AlreadyOpen(open)];
        }

        return await AskAsync(session, cancellationToken);
    }

    private async Task<IReadOnlyList<CoachMessage>> AskAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        await sessions.SaveAsync(session, cancellationToken);
        return await AskSavedAsync(session, cancellationToken);
    }

    private async Task<IReadOnlyList<CoachMessage>> AskSavedAsync(InterviewSession session, CancellationToken cancellationToken) =>
        (bank.Find(session.Current), session.FollowUp) switch
        {
            ({ }, { } point) => [MockInterviewMessages.FollowUp(session, point)],
            (null, not null) => await RecordFollowUpAsync(session, "", eventId: null, session.LastActivityAt, cancellationToken),
            ({ } question, null) => [MockInterviewMessages.Ask(session, question)],
            (null, null) => await RecordAsync(session, "", skipped: true, eventId: null, session.LastActivityAt, cancellationToken),
        };

    private async Task<IReadOnlyList<CoachMessage>> HintAsync(InterviewSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keyPoints = bank.Find(session.Current)?.KeyPoints ?? [];
        if (session.HintsUsed >= keyPoints.Count)
        {
            return [MockInterviewMessages.NoMoreHints];
        }

        await sessions.SaveAsync(session with { HintsUsed = session.HintsUsed + 1, LastActivityAt = now }, cancellationToken);
        return [MockInterviewMessages.Hint(keyPoints[session.HintsUsed])];
    }

    /// <param name="eventId">The message the answer came from, so that working it off twice records it once.</param>
    private async Task<IReadOnlyList<CoachMessage>> RecordAsync(InterviewSession session, string text, bool skipped, string? eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var question = bank.Find(session.Current);
        var grade = question is null || skipped ? null : await grading.GradeAsync(question, text, cancellationToken);
        var followUp = grade is not null && options.Value.FollowUps ? FollowUpQuestion.PointFor(grade, options.Value.FollowUpBelow) : null;
        var answer = new InterviewAnswer(
            session.Position, session.Current, grade?.Score ?? 0, grade is null, now - session.AskedAt, followUp is null ? null : new InterviewFollowUp(followUp, null, grade!.Score, []));
        var next = followUp is not null ? session with { FollowUp = followUp, LastActivityAt = now } : MovedOn(session, now);
        if (!await sessions.TryRecordAnswerAsync(next, answer, text, eventId, now, cancellationToken))
        {
            // Already answered: a redelivered message, or this one worked off again. Say nothing twice.
            return [];
        }

        if (question is not null)
        {
            // A skip is a miss to practise, like an answer that covers nothing.
            await reviews.RecordAsync(session.Channel.Platform, session.UserId, question.Id, answer.Score, session.AskedAt, now, cancellationToken);
        }

        if (followUp is not null)
        {
            return [MockInterviewMessages.FollowUp(next, followUp)];
        }

        CoachMessage? feedback = question is null ? null
            : grade is null ? MockInterviewMessages.Skipped(question)
            : MockInterviewMessages.Feedback(question, grade);
        return feedback is null ? await ThenAsync(next, cancellationToken) : [feedback, .. await ThenAsync(next, cancellationToken)];
    }

    /// <summary>The reply to the follow-up question waiting in <paramref name="session"/> (empty: skipped); then the model answer and what comes next.</summary>
    private async Task<IReadOnlyList<CoachMessage>> RecordFollowUpAsync(InterviewSession session, string reply, string? eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var question = bank.Find(session.Current);
        var (grade, followUp) = question is null
            ? (null, new InterviewFollowUp(session.FollowUp!, "", 0, []))
            : await GradeFollowUpAsync(question, await sessions.AnswerTextAsync(session.Id, session.Position, cancellationToken) ?? "", session.FollowUp!, reply, cancellationToken);
        var next = MovedOn(session, now);
        if (!await sessions.TryRecordFollowUpAsync(next, session.Position, followUp, grade?.Score ?? followUp.FirstScore, eventId, now, cancellationToken))
        {
            return [];
        }

        return question is null ? await ThenAsync(next, cancellationToken) : [MockInterviewMessages.Feedback(question, grade!, followUp), .. await ThenAsync(next, cancellationToken)];
    }

    /// <summary>
    /// The answer graded with the follow-up's reply added to it: the reply counts for every point it
    /// brings out, and never lowers the score the answer had on its own.
    /// </summary>
    private async Task<(AnswerGrade Grade, InterviewFollowUp FollowUp)> GradeFollowUpAsync(Question question, string answerText, string keyPoint, string reply, CancellationToken cancellationToken)
    {
        var alone = await grading.GradeAsync(question, answerText, cancellationToken);
        var together = reply.Length == 0 ? alone : await grading.GradeAsync(question, $"{answerText}\n{reply}", cancellationToken);
        var grade = together.Score >= alone.Score ? together : alone;
        var coveredAlone = alone.Covered.Select(point => point.KeyPoint).ToHashSet(StringComparer.Ordinal);
        var gained = grade.Covered.Select(point => point.KeyPoint).Where(point => !coveredAlone.Contains(point)).ToList();
        return (grade, new InterviewFollowUp(keyPoint, reply, alone.Score, gained));
    }

    private static InterviewSession MovedOn(InterviewSession session, DateTimeOffset now) => session.IsLast
        ? session with { Finished = true, FollowUp = null, LastActivityAt = now }
        : session with { Position = session.Position + 1, HintsUsed = 0, FollowUp = null, AskedAt = now, LastActivityAt = now };

    private async Task<IReadOnlyList<CoachMessage>> ThenAsync(InterviewSession next, CancellationToken cancellationToken) =>
        next.Finished ? [await ScorecardAsync(next, cancellationToken)] : await AskSavedAsync(next, cancellationToken);

    /// <summary>
    /// This message's answer is already recorded: the turn is being worked off again after its
    /// replies were lost (a crash while posting them, a takeover by another replica). Says again what
    /// followed the answer, unless the person has moved on since, when it was plainly delivered.
    /// </summary>
    private async Task<IReadOnlyList<CoachMessage>> ReplayAsync(RecordedAnswer recorded, CancellationToken cancellationToken)
    {
        var (session, answer, text, fromFollowUp) = recorded;
        if (answer.FollowUp is { Waiting: true } waiting && !fromFollowUp)
        {
            // The answer is in and its follow-up question not yet replied to: ask it again.
            return !session.Finished && session.Position == answer.Position && session.FollowUp is not null
                ? [MockInterviewMessages.FollowUp(session, waiting.KeyPoint)]
                : [];
        }

        var stillNext = session.Finished ? answer.Position == session.Questions.Count - 1 : session.Position == answer.Position + 1;
        if (!stillNext || (answer.FollowUp is not null && !fromFollowUp) || bank.Find(answer.Question) is not { } question)
        {
            return [];
        }

        var feedback = answer.Skipped ? MockInterviewMessages.Skipped(question)
            : answer.FollowUp is { Reply: { } reply } followUp
                ? await FollowUpFeedbackAsync(question, text, followUp.KeyPoint, reply, cancellationToken)
                : MockInterviewMessages.Feedback(question, await grading.GradeAsync(question, text, cancellationToken));
        return [feedback, .. await ThenAsync(session, cancellationToken)];
    }

    private async Task<CoachMessage> FollowUpFeedbackAsync(Question question, string answerText, string keyPoint, string reply, CancellationToken cancellationToken)
    {
        var (grade, followUp) = await GradeFollowUpAsync(question, answerText, keyPoint, reply, cancellationToken);
        return MockInterviewMessages.Feedback(question, grade, followUp);
    }

    private async Task<CoachMessage> FinishAsync(InterviewSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await sessions.SaveAsync(session with { Finished = true, LastActivityAt = now }, cancellationToken);
        return await ScorecardAsync(session, cancellationToken);
    }

    private async Task<CoachMessage> ScorecardAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        var answers = await sessions.AnswersAsync(session.Id, cancellationToken);
        return MockInterviewMessages.Scorecard([.. answers
            .Select(answer => (Question: bank.Find(answer.Question), Answer: answer))
            .Where(pair => pair.Question is not null)
            .Select(pair => (pair.Question!, pair.Answer))]);
    }
}
