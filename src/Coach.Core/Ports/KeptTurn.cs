namespace Coach.Core.Ports;

/// <summary>A turn kept by <see cref="ITurnInbox"/>: its platform, event id and the turn as JSON.</summary>
public sealed record KeptTurn(string Platform, string EventId, string Turn);
