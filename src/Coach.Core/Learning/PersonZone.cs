namespace Coach.Core.Learning;

/// <summary>The IANA time zone a person's days are counted in, and when the platform was last asked.</summary>
/// <param name="Zone">Empty when the platform was asked and could not say.</param>
public sealed record PersonZone(string Zone, DateTimeOffset CheckedAt);
