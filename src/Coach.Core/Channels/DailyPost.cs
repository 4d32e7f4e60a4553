using Coach.Core.App;
using Coach.Core.Questions;

namespace Coach.Core.Channels;

/// <summary>A daily question as posted: its thread in the channel, and whether its model answer is out.</summary>
public sealed record DailyPost(
    long Id,
    ChannelRef Channel,
    MessageRef Thread,
    QuestionId Question,
    int Cycle,
    DateTimeOffset PostedAt,
    DateTimeOffset? RevealedAt);
