using Coach.Core;
using Coach.Host.Health;
using Coach.Playground;
using Coach.QuestionBank;
using Coach.Slack;
using Coach.Storage;

namespace Coach.Host;

/// <summary>The service: what it is made of, and what it serves. Read top to bottom.</summary>
public static class CoachWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Hosted services start in this order: storage is migrated and decks are indexed before
        // the scheduler's first pass.
        builder.Services
            .AddCoachStorage(builder.Configuration)
            .AddQuestionBank(builder.Configuration)
            .AddCoach(builder.Configuration)
            .AddSlack(builder.Configuration)
            .AddPlayground(builder.Configuration);

        var app = builder.Build();
        app.MapHealth();
        app.MapSlack();
        app.MapPlayground();
        return app;
    }
}
