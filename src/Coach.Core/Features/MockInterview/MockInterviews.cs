using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Grading;
using Coach.Core.Interviews;
using Coach.Core.Ports;
using Coach.Core.Review;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// Mock interviews in a direct conversation: one question at a time, each answer graded and
/// followed by the model answer, a scorecard at the end. Every step is stored before it is
/// answered, so a restart (or another replica) carries on at the same question. Typed words and
/// the interview's buttons both come here as a <see cref="MockCommand"/>.
/// </summary>
internal sealed class MockInterviews(
    IInterviewStore sessions, IQuestionBank bank, AnswerGrading grading, IReviewStore reviewStates, ReviewRecorder reviews, InterviewPreparation preparation, TimeProvider time)
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
            case (MockCommandKind.Hint, { } open):
                return await HintAsync(open, now, cancellationToken);
            case (MockCommandKind.Stop, { } open):
                return [await FinishAsync(open, now, cancellationToken)];
            case (MockCommandKind.Skip, { } open):
                return await RecordAsync(open, "", skipped: true, eventId, now, cancellationToken);
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
        var questions = InterviewPlan.Choose(bank.Questions, command.Topic, command.Difficulty, command.Count, scores, states, toCover, user.Id, now);
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
        bank.Find(session.Current) is { } question
            ? [MockInterviewMessages.Ask(session, question)]
            : await RecordAsync(session, "", skipped: true, eventId: null, session.LastActivityAt, cancellationToken);

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
        var answer = new InterviewAnswer(session.Position, session.Current, grade?.Score ?? 0, grade is null, now - session.AskedAt);
        var next = session.IsLast
            ? session with { Finished = true, LastActivityAt = now }
            : session with { Position = session.Position + 1, HintsUsed = 0, AskedAt = now, LastActivityAt = now };
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

        CoachMessage? feedback = question is null ? null
            : grade is null ? MockInterviewMessages.Skipped(question)
            : MockInterviewMessages.Feedback(question, grade);
        var then = next.Finished ? [await ScorecardAsync(next, cancellationToken)] : await AskSavedAsync(next, cancellationToken);
        return feedback is null ? then : [feedback, .. then];
    }

    /// <summary>
    /// This message's answer is already recorded: the turn is being worked off again after its
    /// replies were lost (a crash while posting them, a takeover by another replica). Says again what
    /// followed the answer, unless the person has moved on since, when it was plainly delivered.
    /// </summary>
    private async Task<IReadOnlyList<CoachMessage>> ReplayAsync(RecordedAnswer recorded, CancellationToken cancellationToken)
    {
        var (session, answer, text) = recorded;
        var stillNext = session.Finished ? answer.Position == session.Questions.Count - 1 : session.Position == answer.Position + 1;
        if (!stillNext || bank.Find(answer.Question) is not { } question)
        {
            return [];
        }

        var feedback = answer.Skipped ? MockInterviewMessages.Skipped(question)
            : MockInterviewMessages.Feedback(question, await grading.GradeAsync(question, text, cancellationToken));
        var then = session.Finished ? [await ScorecardAsync(session, cancellationToken)] : await AskSavedAsync(session, cancellationToken);
        return [feedback, .. then];
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
