namespace Coach.Core.App;

/// <summary>Who acted. Bots, Coach included, are marked so that no bot ever triggers Coach.</summary>
public sealed record ChatUser(string Id, string Name, bool IsBot = false);
