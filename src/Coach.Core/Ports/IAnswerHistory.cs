using Coach.Core.App;
using Coach.Core.Learning;

namespace Coach.Core.Ports;

/// <summary>Graded answers over time, read for progress reports and leaderboards.</summary>
public interface IAnswerHistory
{
    /// <summary>A person's graded answers since a time, oldest first: mock interviews (skips left out) and daily-question replies.</summary>
    Task<IReadOnlyList<ScoredAnswer>> PersonAsync(string platform, string userId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The daily questions posted in a channel since a time, and every reply to them.</summary>
    Task<ChannelActivity> ChannelAsync(ChannelRef channel, DateTimeOffset since, CancellationToken cancellationToken);
}
