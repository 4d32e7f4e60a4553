namespace Coach.Core.App;

/// <summary>Who acted. Bots, Coach included, are marked so that no bot ever triggers Coach.</summary>
/// <param name="TimeZone">
/// The person's IANA time zone where the platform sends it with the turn (a Teams activity's
/// <c>localTimezone</c>, the playground's browser); null where it does not (Slack, which is asked).
/// </param>
public sealed record ChatUser(string Id, string Name, bool IsBot = false, string? TimeZone = null);
