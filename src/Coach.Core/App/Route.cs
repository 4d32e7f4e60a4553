namespace Coach.Core.App;

/// <summary>
/// A line of the route table: which turns it takes, which handler runs, its name for logs, and
/// whether its answer goes in the platform's acknowledgement (under a deadline) rather than after it.
/// </summary>
internal sealed record Route(string Name, Func<Turn, bool> Matches, Type Handler, bool WithinAcknowledgement = false);
