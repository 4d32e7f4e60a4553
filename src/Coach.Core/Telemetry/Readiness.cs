namespace Coach.Core.Telemetry;

/// <summary>The tag of the health checks <c>GET /readyz</c> runs: each part registers its own (storage, index, platforms).</summary>
public static class Readiness
{
    public const string Tag = "ready";
}
