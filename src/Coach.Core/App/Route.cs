namespace Coach.Core.App;

/// <summary>A line of the route table: which turns it takes, which handler runs, and its name for logs.</summary>
internal sealed record Route(string Name, Func<Turn, bool> Matches, Type Handler);
