using Coach.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coach.Core.App;

/// <summary>
/// The dispatcher of <see cref="CoachRouteTable"/>: each turn in a scope of its own, its filters and
/// handler resolved there (all registered with the table, see
/// <see cref="CoachServiceCollectionExtensions.AddCoachRoutes"/>). A handler's exception is logged with
/// its route and answered with a short apology; its text never reaches a chat.
/// </summary>
public sealed partial class CoachApp(CoachRouteTable routes, IServiceScopeFactory scopes, ILogger<CoachApp> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again in a moment.";

    /// <summary>
    /// Whether the route table has <paramref name="turn"/> answered within the platform's acknowledgement,
    /// so that an adapter decides it without knowing any route's name.
    /// </summary>
    public bool AnswersWithinAcknowledgement(Turn turn) => routes.AnswersWithinAcknowledgement(CommandText.Read(turn));

    /// <summary>Runs the turn through filters and routes. Never throws for a handler's failure.</summary>
    public Task DispatchAsync(Turn turn, IChatPlatform platform, CancellationToken cancellationToken) =>
        DispatchAsync(turn, platform, acknowledgement: null, cancellationToken);

    internal async Task DispatchAsync(Turn turn, IChatPlatform platform, AcknowledgementAnswer? acknowledgement, CancellationToken cancellationToken)
    {
        turn = CommandText.Read(turn);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (!routes.Filters.All(filter => ((ITurnFilter)services.GetRequiredService(filter)).Accepts(turn)))
        {
            return;
        }

        if (routes.Find(turn) is not { } route)
        {
            return;
        }

        var name = route.Name;
        var context = new TurnContext(turn, platform, acknowledgement);
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["Platform"] = turn.Channel.Platform,
            ["Channel"] = turn.Channel.Id,
            ["User"] = turn.User.Id,
            ["Route"] = name,
            ["EventId"] = turn.EventId,
        });
        try
        {
            await route.Run(services, turn, context, cancellationToken);
        }
        catch (ChatPlatformException ex)
        {
            LogPlatformRefused(ex, name, ex.Message);
            await ApologiseAsync(context, ex.AdviceForUser, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(ex, name);
            await ApologiseAsync(context, Apology, cancellationToken);
        }
    }

    private async Task ApologiseAsync(TurnContext context, string text, CancellationToken cancellationToken)
    {
        try
        {
            await context.ReplyPrivatelyAsync(new CoachMessage(text), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The platform itself is failing; the log already has the cause.
            LogApologyFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler for {Route} failed")]
    private partial void LogHandlerFailed(Exception exception, string route);

    // The platform's refusal is expected in operation (no stack trace needed): the person is told what to do.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Handler for {Route} stopped: {Refusal}")]
    private partial void LogPlatformRefused(Exception exception, string route, string refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver the apology either")]
    private partial void LogApologyFailed(Exception exception);
}
