using Coach.Core.Telemetry;
using OpenTelemetry.Metrics;

namespace Coach.Host.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Exports Coach's meter (and ASP.NET Core's request metrics) with OpenTelemetry when
    /// <c>Coach:Metrics</c> names an exporter: Prometheus on <c>/metrics</c>, OTLP to a collector, or both.
    /// </summary>
    public static IServiceCollection AddCoachMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.IsEnabled)
        {
            return services;
        }

        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(CoachMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
            if (options.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (options.OtlpEndpoint is { } endpoint)
            {
                metrics.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
            }
        });
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c> when the Prometheus exporter is on.</summary>
    public static WebApplication MapCoachMetrics(this WebApplication app)
    {
        if (app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() is { Prometheus: true })
        {
            app.MapPrometheusScrapingEndpoint();
        }

        return app;
    }
}
