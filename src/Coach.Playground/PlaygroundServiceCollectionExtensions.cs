using Coach.Core.Ports;
using Coach.Playground.Chat;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Playground;

public static class PlaygroundServiceCollectionExtensions
{
    /// <summary>
    /// Adds the local web chat when <c>Coach:Playground:Enabled</c> says so (by default: when no
    /// Slack or Teams credentials are configured). Its messages go through the same engine and
    /// storage as any platform's.
    /// </summary>
    public static IServiceCollection AddPlayground(this IServiceCollection services, IConfiguration configuration)
    {
        if (!PlaygroundOptions.IsOn(configuration, out var error))
        {
            return error is null ? services : throw new InvalidOperationException(error);
        }

        if (PlaygroundOptions.RemoteRefusal(configuration) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        services.Configure<JsonOptions>(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, PlaygroundJson.Default));
        services.AddSingleton<PlaygroundAssets>();
        services.AddSingleton<PlaygroundFeed>();
        services.AddSingleton<PlaygroundPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<PlaygroundPlatform>());
        services.AddSingleton<PlaygroundAdapter>();
        services.AddHostedService<PlaygroundStartup>();
        return services;
    }
}
