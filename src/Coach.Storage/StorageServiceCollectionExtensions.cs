using Coach.Core.Ports;
using Coach.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Coach.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds Coach's storage from <c>Coach:Storage</c>: a SQLite file (default
    /// <c>data/coach.db</c> under the content root, folder created), migrated at start-up.
    /// </summary>
    public static IServiceCollection AddCoachStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(options => string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase), "Coach:Storage:Provider must be 'Sqlite' (PostgreSQL is not built yet).")
            .Validate(options => !string.IsNullOrWhiteSpace(options.ConnectionString), "Coach:Storage:ConnectionString must be set.")
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddHostedService<StorageMigrator>();
        services.AddSingleton<IChannelStore, SqliteChannelStore>();
        services.AddSingleton<ISlotClaims, SqliteSlotClaims>();
        services.AddSingleton<IProcessedEvents, SqliteProcessedEvents>();
        services.AddSingleton<IDailyPostStore, SqliteDailyPostStore>();
        services.AddSingleton<IInterviewStore, SqliteInterviewStore>();
        services.AddSingleton<IMessageLog, SqliteMessageLog>();
        services.AddSingleton<IReviewStore, SqliteReviewStore>();
        services.AddSingleton<IAnswerHistory, SqliteAnswerHistory>();
        services.AddSingleton<IInterviewDates, SqliteInterviewDates>();
        return services;
    }
}
