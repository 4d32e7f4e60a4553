using System.Globalization;
using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Reminders;

/// <summary>
/// <c>coach away until YYYY-MM-DD</c> and <c>coach away off</c>: no reminders on those days (the
/// person's own), and the streak waits. Answered privately.
/// </summary>
internal sealed class AwayHandler(IAwayPeriods away, Dashboard dashboard, LearnerClock clock) : ITurnHandler<CommandTurn>
{
    /// <summary>The longest absence Coach takes: a longer one is more likely a typo in the year.</summary>
    public const int MaxDays = 366;

    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var (platform, user) = (turn.Channel.Platform, turn.User.Id);
        var today = LearnerClock.Today(clock.Now, await clock.LearnZoneAsync(context.Platform, turn.User, cancellationToken));
        var words = (CoachVerb.Of(turn)?.Rest ?? "").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var reply = words switch
        {
            ["off" or "back" or "clear"] => await BackAsync(platform, user, today, cancellationToken),
            ["until", var date] => await AwayAsync(platform, user, today, date, cancellationToken),
            [var date] when char.IsAsciiDigit(date[0]) => await AwayAsync(platform, user, today, date, cancellationToken),
            [] => await ShowAsync(platform, user, today, cancellationToken),
            _ => new CoachMessage(ReminderMessages.AwayUsage),
        };
        await context.ReplyPrivatelyAsync(reply, cancellationToken);
        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }

    private async Task<CoachMessage> AwayAsync(string platform, string user, DateOnly today, string text, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            return ReminderMessages.AwayInvalid;
        }

        if (last < today)
        {
            return ReminderMessages.AwayInPast(last);
        }

        if (last.DayNumber - today.DayNumber >= MaxDays)
        {
            return ReminderMessages.AwayTooLong;
        }

        var period = new AwayPeriod(today, last);
        await away.StartAsync(platform, user, period, cancellationToken);
        return ReminderMessages.AwaySet(period);
    }

    private async Task<CoachMessage> BackAsync(string platform, string user, DateOnly today, CancellationToken cancellationToken)
    {
        await away.EndAsync(platform, user, today, cancellationToken);
        return ReminderMessages.Back;
    }

    private async Task<CoachMessage> ShowAsync(string platform, string user, DateOnly today, CancellationToken cancellationToken) =>
        (await away.ListAsync(platform, user, cancellationToken)).FirstOrDefault(period => period.Contains(today)) is { } period
            ? ReminderMessages.AwaySet(period)
            : new CoachMessage(ReminderMessages.AwayUsage);
}
