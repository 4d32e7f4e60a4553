using System.Diagnostics.Metrics;
using Coach.Core.App;
using Coach.Core.Features.Admin;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Features.MockInterview;
using Coach.Core.Features.Progress;
using Coach.Core.Features.Reminders;
using Coach.Core.Features.Retention;
using Coach.Core.Grading;
using Coach.Core.Review;
using Coach.Core.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coach.Core;

public static class CoachServiceCollectionExtensions
{
    /// <summary>
    /// Adds the coaching engine: <see cref="CoachApp"/> with Coach's route table, the daily
    /// question and its scheduler (<c>Coach:Schedule</c>). Handlers are made per turn from the
    /// services registered by the other <c>AddX</c> calls (question bank, storage, platforms).
    /// </summary>
    public static IServiceCollection AddCoach(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>()
            .Bind(configuration.GetSection(ScheduleOptions.Section))
            .Validate(options => options.MisfireGrace >= TimeSpan.Zero, "Coach:Schedule:MisfireGrace must not be negative.")
            .Validate(options => options.RevealAfter > TimeSpan.Zero, "Coach:Schedule:RevealAfter must be positive.")
            .Validate(options => options.MinInterval >= TimeSpan.Zero, "Coach:Schedule:MinInterval must not be negative (01:00:00 by default).")
            .Validate(options => options.Tick > TimeSpan.Zero && options.Tick <= TimeSpan.FromDays(1), "Coach:Schedule:Tick must be positive and at most a day (00:00:30 by default).")
            .Validate(options => Schedules.DailySchedule.TryCreate(options.Cron, options.TimeZone, null, out _, out _), "Coach:Schedule:Cron and TimeZone must be a valid cron and IANA time zone.")
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(options => options.KeepAnswersFor > TimeSpan.Zero, "Coach:Storage:KeepAnswersFor must be positive (365.00:00:00 by default).")
            .ValidateOnStart();
        services.AddOptions<InterviewOptions>()
            .Bind(configuration.GetSection(InterviewOptions.Section))
            .Validate(options => options.FollowUpBelow is >= 0 and <= 100, "Coach:Interview:FollowUpBelow must be a score from 0 to 100 (70 by default).")
            .ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<ChannelAdmins>();
        services.AddSingleton<ChannelBounds>();
        services.AddOptions<TurnOptions>()
            .Bind(configuration.GetSection(TurnOptions.Section))
            .Validate(options => options.Lease >= TimeSpan.FromSeconds(1) && options.Lease <= TimeSpan.FromDays(1), "Coach:Turns:Lease must be between a second and a day (00:02:00 by default).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(sp =>
        {
            var metrics = new CoachMetrics(sp.GetRequiredService<IMeterFactory>());
            metrics.Observe(sp.GetRequiredService<PendingTurns>());
            return metrics;
        });
        services.AddSingleton<ChatPlatforms>();
        services.AddSingleton<DailyQuestionPoster>();
        services.AddSingleton<DailyQuestionScheduler>();
        services.AddHostedService<SchedulerService>();
        services.AddSingleton<Nudges>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService<ReminderService>();
        services.AddSingleton<PendingTurns>();
        services.AddSingleton<ReviewRecorder>();
        services.AddSingleton<AnswerGrading>();
        services.AddSingleton<LearnerClock>();
        services.AddSingleton<InterviewPreparation>();
        services.AddSingleton<ProgressReports>();
        services.AddSingleton<Dashboard>();
        services.AddSingleton<ReminderChanges>();
        services.AddSingleton<ReminderDay>();
        services.AddSingleton<TurnInbox>();
        services.AddSingleton<TurnIngress>();
        services.AddHostedService<PendingTurnsWorker>();
        services.AddHostedService<TurnInboxKeeper>();
        services.AddSingleton<StorageHousekeeping>();
        // What handlers share instead of calling each other with made-up turns.
        services.AddScoped<MockInterviews>();
        services.AddScoped<DailyQuestionAnswers>();
        services.AddHostedService<HousekeepingService>();

        return services.AddCoachRoutes(new CoachRouteTable().MapCoachRoutes());
    }

    /// <summary>
    /// <paramref name="routes"/> and its dispatcher, with every filter and handler it names registered per
    /// turn (scoped), so that a host built with <c>ValidateOnBuild</c> refuses to start when one of them
    /// needs a service nobody registered, and names both.
    /// </summary>
    public static IServiceCollection AddCoachRoutes(this IServiceCollection services, CoachRouteTable routes)
    {
        foreach (var type in routes.Types)
        {
            services.TryAddScoped(type);
        }

        services.AddSingleton(routes);
        services.AddSingleton<CoachApp>();
        return services;
    }
}
