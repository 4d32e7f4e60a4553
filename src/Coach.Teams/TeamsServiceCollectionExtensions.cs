using Coach.Core.Ports;
using Coach.Core.Telemetry;
using Coach.Teams.Auth;
using Coach.Teams.Connector;
using Coach.Teams.Receivers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Teams;

public static partial class TeamsServiceCollectionExtensions
{
    /// <summary>Adds Microsoft Teams (the Bot Framework) when <c>Coach:Teams:AppId</c> is set.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TeamsOptions.Section);
        var configured = section.Get<TeamsOptions>() ?? new TeamsOptions();
        if (!configured.IsConfigured)
        {
            return services;
        }

        services.AddOptions<TeamsOptions>()
            .Bind(section)
            .Validate(options => options.AllowUnauthenticated || !string.IsNullOrWhiteSpace(options.TenantId), "Coach:Teams:TenantId must be set: Coach is a single-tenant bot.")
            .Validate(
                options => options.AllowUnauthenticated || !string.IsNullOrWhiteSpace(options.AppPassword) || !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId),
                "Coach:Teams needs AppPassword or ManagedIdentityClientId to obtain tokens.")
            .Validate(options => options.AttemptTimeout > TimeSpan.Zero && options.AttemptTimeout <= TimeSpan.FromMinutes(1), "Coach:Teams:AttemptTimeout must be more than zero and at most a minute.")
            .ValidateOnStart();
        services.AddHttpClient(nameof(BotFrameworkTokens));
        services.AddSingleton(sp => new BotFrameworkTokens(sp.GetRequiredService<IOptions<TeamsOptions>>(), sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(BotFrameworkTokens))));
        services.AddSingleton(sp => new ServiceUrlPolicy(sp.GetRequiredService<IOptions<TeamsOptions>>().Value.AllowedServiceUrls));
        services.AddSingleton<IConnectorTokens, MsalConnectorTokens>();
        var api = services.AddHttpClient<ConnectorClient>();
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
        api.AddHttpMessageHandler(sp => new PlatformCallMetrics(sp.GetRequiredService<CoachMetrics>(), TeamsConversation.PlatformName));
        services.AddSingleton<TeamsAddressBook>();
        services.AddSingleton<TeamsPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<TeamsPlatform>());
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<TeamsReceiver>();
        return services;
    }

    /// <summary>Maps <c>/api/messages</c> when Teams is configured; warns when it accepts activities without a token.</summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<TeamsReceiver>() is null)
        {
            return endpoints;
        }

        if (endpoints.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value.AllowUnauthenticated)
        {
            LogUnauthenticated(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Coach.Teams"));
        }

        TeamsReceiver.Map(endpoints);
        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coach:Teams:AllowUnauthenticated is true: /api/messages accepts activities without a token. Use it only with local tools.")]
    private static partial void LogUnauthenticated(ILogger logger);
}
