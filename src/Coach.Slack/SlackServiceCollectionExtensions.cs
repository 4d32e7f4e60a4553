using Coach.Core.Ports;
using Coach.Core.Telemetry;
using Coach.Slack.Api;
using Coach.Slack.Receivers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Adds Slack when <c>Coach:Slack:SigningSecret</c> (HTTP) or <c>AppToken</c> (Socket Mode) is
    /// set; both need <c>BotToken</c> for the Web API.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.Section);
        var configured = section.Get<SlackOptions>() ?? new SlackOptions();
        if (!configured.IsConfigured)
        {
            return services;
        }

        services.AddOptions<SlackOptions>()
            .Bind(section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.BotToken), "Coach:Slack:BotToken must be set when Slack is configured.")
            .Validate(options => string.IsNullOrWhiteSpace(options.AppToken) || options.AppToken.StartsWith("xapp-", StringComparison.Ordinal), "Coach:Slack:AppToken must be an app-level token (xapp-…) with the connections:write scope.")
            .Validate(options => options.AttemptTimeout > TimeSpan.Zero && options.AttemptTimeout <= TimeSpan.FromMinutes(1), "Coach:Slack:AttemptTimeout must be more than zero and at most a minute.")
            .Validate(options => options.ApiBaseUrl.IsAbsoluteUri && options.ApiBaseUrl.AbsoluteUri.EndsWith('/'), "Coach:Slack:ApiBaseUrl must be an absolute URL ending in '/'.")
            .ValidateOnStart();
        var api = services.AddHttpClient<SlackApiClient>();
        services.AddSingleton<SlackRetryAfterGate>();
        // Registered first, so outermost: a Retry-After wait is not an attempt, and is not timed as one.
        api.AddHttpMessageHandler(sp => new SlackRetryAfterWait(sp.GetRequiredService<SlackRetryAfterGate>(), sp.GetRequiredService<TimeProvider>()));
        api.AddStandardResilienceHandler(options =>
            {
                // Retry-After on 429 is honoured by the retry strategy; 5xx and timeouts back off exponentially.
                options.Retry.MaxRetryAttempts = 5;
                options.Retry.Delay = TimeSpan.FromMilliseconds(500);
                options.AttemptTimeout.Timeout = configured.AttemptTimeout;
                // The resilience options insist on sampling at least two attempts' worth of time.
                options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(PlatformFailures.BreakCircuit(args.Outcome.Result, args.Outcome.Exception));
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, 2 * configured.AttemptTimeout.Ticks));
                options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(2);
            });
        // Added after the resilience handler, so inside it: every attempt is counted.
        api.AddHttpMessageHandler(sp => new PlatformCallMetrics(sp.GetRequiredService<CoachMetrics>(), SlackPlatform.PlatformName));
        api.AddHttpMessageHandler(sp => new SlackRetryAfterPause(sp.GetRequiredService<SlackRetryAfterGate>()));
        services.AddSingleton<SlackPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<SlackPlatform>());
        services.AddSingleton<SlackIdentityHolder>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackIdentityHolder>());
        services.AddHealthChecks().AddCheck<SlackHealthCheck>("slack", tags: [Readiness.Tag]);
        services.AddSingleton<SlackAdapter>();
        if (!string.IsNullOrWhiteSpace(configured.SigningSecret))
        {
            services.AddSingleton<SlackHttpReceiver>();
        }

        if (!string.IsNullOrWhiteSpace(configured.AppToken))
        {
            services.AddHostedService<SlackSocketModeReceiver>();
        }

        return services;
    }

    /// <summary>Maps <c>/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactivity</c> when the HTTP receiver is on.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackHttpReceiver>() is not null)
        {
            SlackHttpReceiver.Map(endpoints);
        }

        return endpoints;
    }
}
