using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Coach.Core;

public static class CoachServiceCollectionExtensions
{
    /// <summary>
    /// Adds the coaching engine: <see cref="CoachApp"/> with Coach's route table. Handlers are
    /// created per turn from the services registered by the other <c>AddX</c> calls (question
    /// bank, storage, platforms).
    /// </summary>
    public static IServiceCollection AddCoach(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChatPlatforms>();
        services.AddSingleton<DailyQuestionPoster>();
        services.AddSingleton(sp => new CoachApp(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<CoachApp>>()).MapCoachRoutes());
        return services;
    }
}
