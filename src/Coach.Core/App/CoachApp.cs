using Coach.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coach.Core.App;

/// <summary>
/// The route table and its dispatcher, in the manner of Slack's Bolt: filters first, then the
/// first route that matches, in registration order; turns addressed to Coach that no route takes
/// go to the fallback. A handler's exception is logged with its route and answered with a short
/// apology; its text never reaches a chat.
/// </summary>
public sealed partial class CoachApp(IServiceScopeFactory scopes, ILogger<CoachApp> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again in a moment.";

    private readonly List<Type> _filters = [];
    private readonly List<Route> _routes = [];
    private Type? _fallback;

    public CoachApp Use<TFilter>()
        where TFilter : ITurnFilter => Add(() => _filters.Add(typeof(TFilter)));

    public CoachApp Command<THandler>(string name)
        where THandler : ITurnHandler => On<THandler>(
            $"command {name}", turn => turn.Kind == TurnKind.Command && string.Equals(turn.Command, name, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>/coach &lt;verb&gt;</c>, or <c>coach &lt;verb&gt;</c> in a direct message or a mention (see <see cref="CoachVerb"/>).</summary>
    public CoachApp CoachVerb<THandler>(string verb)
        where THandler : ITurnHandler => On<THandler>($"coach {verb}", turn => App.CoachVerb.Of(turn)?.Verb == verb);

    public CoachApp ThreadReply<THandler>()
        where THandler : ITurnHandler => On<THandler>("thread reply", turn => turn.Kind == TurnKind.ThreadReply);

    public CoachApp DirectMessage<THandler>()
        where THandler : ITurnHandler => On<THandler>("direct message", turn => turn.Kind == TurnKind.DirectMessage);

    public CoachApp Action<THandler>(string actionId)
        where THandler : ITurnHandler => On<THandler>(
            $"action {actionId}", turn => turn.Kind == TurnKind.Action && turn.ActionId == actionId);

    public CoachApp BotAdded<THandler>()
        where THandler : ITurnHandler => On<THandler>("bot added", turn => turn.Kind == TurnKind.BotAdded);

    public CoachApp Fallback<THandler>()
        where THandler : ITurnHandler => Add(() => _fallback = typeof(THandler));

    /// <summary>Runs the turn through filters and routes. Never throws for a handler's failure.</summary>
    public async Task DispatchAsync(Turn turn, IChatPlatform platform, CancellationToken cancellationToken)
    {
        turn = CommandText.Read(turn);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (!_filters.All(filter => ((ITurnFilter)ActivatorUtilities.GetServiceOrCreateInstance(services, filter)).Accepts(turn)))
        {
            return;
        }

        var (name, handlerType) = _routes.FirstOrDefault(route => route.Matches(turn)) is { } route
            ? (route.Name, route.Handler)
            : turn.IsAddressedToCoach && _fallback is not null ? ("fallback", _fallback) : (null, null);
        if (handlerType is null)
        {
            return;
        }

        var context = new TurnContext(turn, platform);
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
            var handler = (ITurnHandler)ActivatorUtilities.GetServiceOrCreateInstance(services, handlerType);
            await handler.HandleAsync(context, cancellationToken);
        }
        catch (ChatPlatformException ex)
        {
            LogPlatformRefused(ex, name!, ex.Message);
            await ApologiseAsync(context, ex.AdviceForUser, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(ex, name!);
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

    private CoachApp On<THandler>(string name, Func<Turn, bool> matches)
        where THandler : ITurnHandler => Add(() => _routes.Add(new Route(name, matches, typeof(THandler))));

    private CoachApp Add(Action register)
    {
        register();
        return this;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler for {Route} failed")]
    private partial void LogHandlerFailed(Exception exception, string route);

    // The platform's refusal is expected in operation (no stack trace needed): the person is told what to do.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Handler for {Route} stopped: {Refusal}")]
    private partial void LogPlatformRefused(Exception exception, string route, string refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver the apology either")]
    private partial void LogApologyFailed(Exception exception);
}
