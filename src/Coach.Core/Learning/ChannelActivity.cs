using Coach.Core.App;

namespace Coach.Core.Learning;

/// <summary>A channel's daily questions over a period, oldest first, and every graded reply to them.</summary>
public sealed record ChannelActivity(IReadOnlyList<long> Posts, IReadOnlyList<ChannelReply> Replies);

/// <summary>A reply to a daily question: whose, to which post, and its score. Never its text.</summary>
public sealed record ChannelReply(long PostId, ChatUser User, int Score, DateTimeOffset At);
