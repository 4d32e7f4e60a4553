using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Questions;

namespace Coach.Core.Ports;

/// <summary>Daily questions posted, the replies to them, and whether each model answer has been revealed.</summary>
public interface IDailyPostStore
{
    /// <summary>The channel's current cycle through the bank (0 before its first post).</summary>
    Task<int> CurrentCycleAsync(ChannelRef channel, CancellationToken cancellationToken);

    /// <summary>The questions posted in <paramref name="channel"/> during <paramref name="cycle"/>.</summary>
    Task<IReadOnlySet<QuestionId>> AskedInCycleAsync(ChannelRef channel, int cycle, CancellationToken cancellationToken);

    Task<DailyPost> RecordAsync(ChannelRef channel, MessageRef thread, QuestionId question, int cycle, DateTimeOffset postedAt, CancellationToken cancellationToken);

    /// <summary>The daily question whose thread this is, or null for any other thread.</summary>
    Task<DailyPost?> FindByThreadAsync(ChannelRef channel, MessageRef thread, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the model answer revealed; true for the one caller that did it, false for every later one,
    /// but for the same turn asking again: <paramref name="by"/>, the key of the turn revealing it
    /// (<see cref="Turn.EventId"/>), lets that turn, taken over after its process died between marking
    /// and posting, finish the reveal. Null (the timer) claims for nobody in particular.
    /// </summary>
    Task<bool> TryMarkRevealedAsync(long postId, string? by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Posts whose model answer is not out and that were posted before <paramref name="postedBefore"/>.</summary>
    Task<IReadOnlyList<DailyPost>> ListUnrevealedAsync(DateTimeOffset postedBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps a graded reply; the replier's name is kept for leaderboards, and the key points the reply
    /// <paramref name="missed"/> for what the team keeps missing.
    /// </summary>
    Task RecordReplyAsync(long postId, ChatUser replier, string text, int score, IReadOnlyList<string> missed, DateTimeOffset at, CancellationToken cancellationToken);
}
