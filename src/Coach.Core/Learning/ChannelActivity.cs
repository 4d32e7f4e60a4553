using Coach.Core.App;
using Coach.Core.Questions;

namespace Coach.Core.Learning;

/// <summary>A channel's daily questions over a period, oldest first, and every graded reply to them.</summary>
public sealed record ChannelActivity(IReadOnlyList<long> Posts, IReadOnlyList<ChannelReply> Replies);

/// <summary>
/// A reply to a daily question: whose, to which post and question, its score and the key points it
/// missed (null for replies kept before Coach recorded them). Never its text.
/// </summary>
public sealed record ChannelReply(long PostId, ChatUser User, int Score, DateTimeOffset At, QuestionId? Question = null, IReadOnlyList<string>? Missed = null);
