using Coach.Core;
using Coach.Host.Health;
using Coach.Host.Telemetry;
using Coach.Playground;
using Coach.QuestionBank;
using Coach.Slack;
using Coach.Storage;
using Coach.Teams;

namespace Coach.Host;

/// <summary>The service: what it is made of, and what it serves. Read top to bottom.</summary>
public static class CoachWebApp
{
    /// <summary>
    /// How long stopping may take: the turn in hand finishes and the queued ones run (each was acknowledged
    /// to its platform). Under the 40 s that Kubernetes (<c>terminationGracePeriodSeconds</c>) and compose
    /// (<c>stop_grace_period</c>) give before they kill, so the host ends its own drain first.
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(35);

    /// <param name="replace">For tests: changes to the services after Coach's own (a token source that needs no Entra ID, say).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? replace = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // In every environment, not only Development: a handler or service that needs something nobody
        // registered stops the start, naming both, instead of failing the first turn that reaches it.
        builder.Host.UseDefaultServiceProvider(options => (options.ValidateOnBuild, options.ValidateScopes) = (true, true));
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        // Hosted services start in this order: storage is migrated and decks are indexed before
        // the scheduler's first pass.
        builder.Services
            .AddCoachStorage(builder.Configuration)
            .AddQuestionBank(builder.Configuration)
            .AddCoach(builder.Configuration)
            .AddSlack(builder.Configuration)
            .AddTeams(builder.Configuration)
            .AddPlayground(builder.Configuration)
            .AddCoachMetrics(builder.Configuration);
        replace?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHealth();
        app.MapCoachMetrics();
        app.MapSlack();
        app.MapTeams();
        app.MapPlayground();
        return app;
    }
}
