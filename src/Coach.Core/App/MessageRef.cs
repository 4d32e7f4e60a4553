namespace Coach.Core.App;

/// <summary>A message on a platform (a Slack <c>ts</c>, a Teams activity id), opaque to the core.</summary>
public sealed record MessageRef(string Id);
