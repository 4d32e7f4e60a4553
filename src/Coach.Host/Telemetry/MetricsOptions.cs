namespace Coach.Host.Telemetry;

/// <summary>Where Coach's metrics go: <c>Coach:Metrics</c>. Off unless one exporter is set.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Coach:Metrics";

    /// <summary>Serve <c>GET /metrics</c> in Prometheus' text format.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Push metrics over OTLP to this collector (e.g. <c>http://otel-collector:4317</c>).</summary>
    public Uri? OtlpEndpoint { get; set; }

    public bool IsEnabled => Prometheus || OtlpEndpoint is not null;
}
