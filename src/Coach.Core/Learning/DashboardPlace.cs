using Coach.Core.App;

namespace Coach.Core.Learning;

/// <summary>
/// Where a person keeps their dashboard, to refresh it after each answer: the platform's own page for
/// them (Slack's Home tab: <see cref="Card"/> is null), or a card in their direct conversation with Coach.
/// </summary>
/// <param name="Direct">Their direct conversation with Coach.</param>
public sealed record DashboardPlace(ChannelRef Direct, MessageRef? Card);
