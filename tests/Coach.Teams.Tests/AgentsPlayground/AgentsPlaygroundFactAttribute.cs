namespace Coach.Teams.Tests.AgentsPlayground;

/// <summary>
/// A test against Microsoft's Agents Playground. It may only run inside a loopback-only network
/// namespace, so it runs in its own step of .ci/run, which sets <c>COACH_AGENTS_PLAYGROUND=1</c>:
/// <c>COACH_AGENTS_PLAYGROUND=1 ../shared/tools/offline dotnet test tests/Coach.Teams.Tests --no-build --filter Category=AgentsPlayground</c>.
/// Elsewhere it is skipped with that advice; in that step a missing playground fails it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AgentsPlaygroundFactAttribute : FactAttribute
{
    public const string Switch = "COACH_AGENTS_PLAYGROUND";

    public AgentsPlaygroundFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"Runs against the Agents Playground only inside ../shared/tools/offline, in .ci/run's own step ({Switch}=1 ../shared/tools/offline dotnet test tests/Coach.Teams.Tests --no-build --filter Category=AgentsPlayground).";
        }
    }
}
