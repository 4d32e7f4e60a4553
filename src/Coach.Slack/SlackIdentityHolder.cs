using Coach.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Slack;

/// <summary>
/// Who Coach is in the workspace, asked of <c>auth.test</c> at start-up and retried until Slack
/// answers; until then Coach's own messages are still recognised by their <c>bot_id</c>.
/// </summary>
public sealed partial class SlackIdentityHolder(SlackApiClient api, ILogger<SlackIdentityHolder> logger) : BackgroundService
{
    private volatile SlackIdentity? _identity;

    public string BotUserId => _identity?.UserId ?? "";

    public bool IsKnown => _identity is not null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _identity = await api.AuthTestAsync(stoppingToken);
                LogConnected(_identity.TeamId, _identity.UserId);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or SlackApiException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                LogAuthFailed(ex.Message, wait);
                await Task.Delay(wait, stoppingToken);
                wait = TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds * 2, 300));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: connected to team {Team} as {User}")]
    private partial void LogConnected(string team, string user);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack: auth.test failed ({Reason}); trying again in {Wait}")]
    private partial void LogAuthFailed(string reason, TimeSpan wait);
}
