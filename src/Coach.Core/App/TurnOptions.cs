namespace Coach.Core.App;

/// <summary><c>Coach:Turns</c>: how turns taken from a platform are kept until they are worked off.</summary>
public sealed class TurnOptions
{
    public const string Section = "Coach:Turns";

    /// <summary>
    /// A kept turn whose replica has not renewed its lease for this long is taken over by another
    /// replica (or by this one, restarted). Leases are renewed every quarter of it, on the real clock.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
