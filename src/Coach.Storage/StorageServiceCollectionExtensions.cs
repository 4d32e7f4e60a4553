using Coach.Core.Ports;
using Coach.Core.Telemetry;
using Coach.Storage.Sql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Coach.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds Coach's storage from <c>Coach:Storage</c>: a SQLite file (the default,
    /// <c>data/coach.db</c> under the content root, folder created) or, with
    /// <c>Provider=Postgres</c>, a PostgreSQL database that several replicas share; migrated at start-up.
    /// </summary>
    public static IServiceCollection AddCoachStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(options => options.IsSqlite || options.IsPostgres, "Coach:Storage:Provider must be 'Sqlite' or 'Postgres'.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.ConnectionString), "Coach:Storage:ConnectionString must be set.")
            .Validate(options => !options.IsPostgres || !options.ConnectionString.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase), "Coach:Storage:ConnectionString is a SQLite one; with Provider=Postgres give a PostgreSQL one (Host=…;Database=…;Username=…).")
            .ValidateOnStart();
        services.AddSingleton<ICoachDatabase>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Open(sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddHostedService<StorageMigrator>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [Readiness.Tag]);
        services.AddSingleton<IChannelStore, SqlChannelStore>();
        services.AddSingleton<ISlotClaims, SqlSlotClaims>();
        services.AddSingleton<IProcessedEvents, SqlProcessedEvents>();
        services.AddSingleton<ITurnInbox, SqlTurnInbox>();
        services.AddSingleton<IDailyPostStore, SqlDailyPostStore>();
        services.AddSingleton<IInterviewStore, SqlInterviewStore>();
        services.AddSingleton<IMessageLog, SqlMessageLog>();
        services.AddSingleton<IReviewStore, SqlReviewStore>();
        services.AddSingleton<IAnswerHistory, SqlAnswerHistory>();
        services.AddSingleton<IInterviewDates, SqlInterviewDates>();
        services.AddSingleton<IPersonZones, SqlPersonZones>();
        services.AddSingleton<IReminders, SqlReminders>();
        services.AddSingleton<IAwayPeriods, SqlAwayPeriods>();
        services.AddSingleton<IDashboards, SqlDashboards>();
        services.AddSingleton<IPersonalData, SqlPersonalData>();
        services.AddSingleton<IConversationAddresses, SqlConversationAddresses>();
        services.AddSingleton<IQuestionReports, SqlQuestionReports>();
        return services;
    }
}
