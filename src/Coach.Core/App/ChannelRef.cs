namespace Coach.Core.App;

/// <summary>
/// A conversation on a platform. <see cref="Id"/> is the platform's own reference, stored and
/// compared but never interpreted by the core (a Slack channel id, a Teams conversation id with
/// its service URL, …).
/// </summary>
public sealed record ChannelRef(string Platform, string Id, bool IsDirect = false);
