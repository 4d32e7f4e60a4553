using Coach.Core.App;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Coach.Core.Features.Progress;

/// <summary>
/// Each person's dashboard where their platform keeps one (Slack's Home tab), or as a card in their
/// direct conversation with Coach (Teams, where it comes with the welcome, and <c>coach progress</c>),
/// refreshed after each answer.
/// </summary>
internal sealed partial class Dashboard(IDashboards places, ProgressReports reports, LearnerClock clock, ILogger<Dashboard> logger)
{
    /// <summary>The person opened the platform's page for them: it shows the dashboard from now on.</summary>
    public async Task ShowHomeAsync(IChatPlatform platform, ChatUser user, ChannelRef direct, CancellationToken cancellationToken)
    {
        var zone = await clock.LearnZoneAsync(platform, user, cancellationToken);
        if (await platform.PublishHomeAsync(user, direct, await MessageAsync(platform.Name, user.Id, zone, cancellationToken), cancellationToken))
        {
            await places.SaveAsync(platform.Name, user.Id, new DashboardPlace(direct, null), cancellationToken);
        }
    }

    /// <summary>
    /// Where the person keeps the dashboard on the platform's page for them, shows <paramref name="addition"/>
    /// under it there (a text box asked for on that page is answered on that page).
    /// </summary>
    /// <returns>False when they keep no dashboard on such a page.</returns>
    public async Task<bool> ShowOnHomeAsync(IChatPlatform platform, ChatUser user, CoachMessage addition, CancellationToken cancellationToken)
    {
        if (await places.FindAsync(platform.Name, user.Id, cancellationToken) is not { Card: null } place)
        {
            return false;
        }

        var dashboard = await MessageAsync(platform.Name, user.Id, await clock.ZoneAsync(platform.Name, user.Id, cancellationToken), cancellationToken);
        return await platform.PublishHomeAsync(user, place.Direct, dashboard with { Parts = [.. dashboard.Parts, new Paragraph(addition.Text), .. addition.Parts] }, cancellationToken);
    }

    /// <summary>Posts the dashboard as a card in the direct conversation; kept up to date unless the platform's own page shows it.</summary>
    public async Task PostCardAsync(IChatPlatform platform, ChatUser user, ChannelRef direct, CoachMessage dashboard, CancellationToken cancellationToken)
    {
        var card = await platform.PostAsync(direct, dashboard, cancellationToken);
        if (await places.FindAsync(platform.Name, user.Id, cancellationToken) is not { Card: null })
        {
            await places.SaveAsync(platform.Name, user.Id, new DashboardPlace(direct, card), cancellationToken);
        }
    }

    /// <summary>The dashboard, as a new card for the person's direct conversation.</summary>
    public async Task PostCardAsync(IChatPlatform platform, ChatUser user, ChannelRef direct, CancellationToken cancellationToken) =>
        await PostCardAsync(platform, user, direct, await MessageAsync(platform.Name, user.Id, await clock.LearnZoneAsync(platform, user, cancellationToken), cancellationToken), cancellationToken);

    /// <summary>
    /// After an answer (or a change of reminder or date): the dashboard, wherever the person keeps it,
    /// shows it. A failure is logged and does not fail what the person did.
    /// </summary>
    public async Task RefreshAsync(IChatPlatform platform, ChatUser user, CancellationToken cancellationToken)
    {
        try
        {
            if (await places.FindAsync(platform.Name, user.Id, cancellationToken) is not { } place)
            {
                return;
            }

            var dashboard = await MessageAsync(platform.Name, user.Id, await clock.ZoneAsync(platform.Name, user.Id, cancellationToken), cancellationToken);
            await (place.Card is { } card
                ? platform.UpdateAsync(place.Direct, card, dashboard, cancellationToken)
                : platform.PublishHomeAsync(user, place.Direct, dashboard, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRefreshFailed(e, platform.Name, user.Id);
        }
    }

    private async Task<CoachMessage> MessageAsync(string platform, string user, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        ProgressMessages.Report(await reports.ForAsync(platform, user, zone, cancellationToken));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the dashboard of {Platform} user {User}; it catches up after the next answer")]
    private partial void LogRefreshFailed(Exception exception, string platform, string user);
}
