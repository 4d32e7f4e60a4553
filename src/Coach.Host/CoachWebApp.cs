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
    /// <param name="replace">For tests: changes to the services after Coach's own (a token source that needs no Entra ID, say).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? replace = null)
    {
        var builder = WebApplication.CreateBuilder(args);
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
