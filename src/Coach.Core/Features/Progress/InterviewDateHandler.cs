using System.Globalization;
using Coach.Core.App;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Progress;

/// <summary><c>coach interview-date 2026-12-15</c> or <c>coach interview-date clear</c>, answered privately.</summary>
internal sealed class InterviewDateHandler(IReviewStore reviews, IInterviewDates dates, InterviewPreparation preparation, Dashboard dashboard, LearnerClock clock) : ITurnHandler<CommandTurn>
{
    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var (platform, user) = (turn.Channel.Platform, turn.User.Id);
        var rest = CoachVerb.Of(turn)?.Rest ?? "";
        var reply = rest.ToLowerInvariant() switch
        {
            "clear" or "none" or "remove" => await ClearAsync(platform, user, cancellationToken),
            "" => new CoachMessage(ProgressMessages.InterviewDateUsage),
            _ => DateOnly.TryParseExact(rest, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? await SetAsync(turn, context, date, cancellationToken)
                : ProgressMessages.InterviewDateInvalid,
        };
        await context.ReplyPrivatelyAsync(reply, cancellationToken);
        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }

    private async Task<CoachMessage> ClearAsync(string platform, string user, CancellationToken cancellationToken)
    {
        await dates.ClearAsync(platform, user, cancellationToken);
        return ProgressMessages.InterviewCleared;
    }

    private async Task<CoachMessage> SetAsync(CommandTurn turn, TurnContext context, DateOnly date, CancellationToken cancellationToken)
    {
        var (platform, user) = (turn.Channel.Platform, turn.User.Id);
        if (date < LearnerClock.Today(clock.Now, await clock.LearnZoneAsync(context.Platform, turn.User, cancellationToken)))
        {
            return ProgressMessages.InterviewInPast(date);
        }

        await dates.SaveAsync(platform, user, new InterviewDate(date, clock.Now), cancellationToken);
        var states = (await reviews.AllAsync(platform, user, cancellationToken)).ToDictionary(state => state.Question);
        var status = await preparation.FindAsync(platform, user, states, cancellationToken);
        return ProgressMessages.InterviewSet(status!);
    }
}
