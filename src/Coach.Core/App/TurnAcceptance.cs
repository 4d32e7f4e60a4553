namespace Coach.Core.App;

/// <summary>What became of a turn handed to <see cref="TurnInbox"/>: a value for the receiver to answer its platform with, never a storage exception.</summary>
public enum TurnAcceptance
{
    /// <summary>Taken: it will be worked off (kept in storage where storage could keep it).</summary>
    Taken,

    /// <summary>Seen before (a retry, or another replica has it): nothing more to do.</summary>
    Duplicate,

    /// <summary>Not a turn for Coach (an event it does not act on): nothing to do.</summary>
    Ignored,

    /// <summary>Not taken: storage could not record it. The platform should deliver it again (Slack's events: a 503).</summary>
    TryLater,
}
