namespace Coach.Tests;

/// <summary>
/// A test against a real PostgreSQL server (<see cref="PostgresServer"/>). Where PostgreSQL is not
/// installed it is skipped with that advice, except under CI (<c>CI=true</c>), where it runs and
/// fails: CI installs the package, so a missing server there is a broken build, not a skip.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
