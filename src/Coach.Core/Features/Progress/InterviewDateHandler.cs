using System.Globalization;
using Coach.Core.App;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Progress;

/// <summary><c>coach interview-date 2026-12-15</c> or <c>coach interview-date clear</c>, answered privately.</summary>
internal sealed class InterviewDateHandler(IReviewStore reviews, IInterviewDates dates, InterviewPreparation preparation, LearnerClock clock) : ITurnHandler<CommandTurn>
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
                ? await SetAsync(platform, user, date, cancellationToken)
                : ProgressMessages.InterviewDateInvalid,
        };
        await context.ReplyPrivatelyAsync(reply, cancellationToken);
    }

    private async Task<CoachMessage> ClearAsync(string platform, string user, CancellationToken cancellationToken)
    {
        await dates.ClearAsync(platform, user, cancellationToken);
        return ProgressMessages.InterviewCleared;
    }

    private async Task<CoachMessage> SetAsync(string platform, string user, DateOnly date, CancellationToken cancellationToken)
    {
        if (date < clock.Today)
        {
            return ProgressMessages.InterviewInPast(date);
        }

        await dates.SaveAsync(platform, user, new InterviewDate(date, clock.Now), cancellationToken);
        var states = (await reviews.AllAsync(platform, user, cancellationToken)).ToDictionary(state => state.Question);
        var status = await preparation.FindAsync(platform, user, states, cancellationToken);
        return ProgressMessages.InterviewSet(status!);
    }
}
