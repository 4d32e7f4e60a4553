namespace Coach.Core.App;

/// <summary>
/// What Coach responds to, in the manner of Slack's Bolt: filters first, then the first route that
/// matches, in registration order; turns addressed to Coach that no route takes go to the fallback.
/// Built before the host is, so that <see cref="CoachServiceCollectionExtensions.AddCoachRoutes"/> can
/// register every handler it names and a missing dependency fails start-up, not the first turn.
/// </summary>
public sealed class CoachRouteTable
{
    private readonly List<Type> _filters = [];
    private readonly List<Route> _routes = [];
    private Route? _fallback;

    internal IReadOnlyList<Type> Filters => _filters;

    /// <summary>Every filter and handler the table names, once each.</summary>
    public IEnumerable<Type> Types =>
        _filters.Concat(_routes.Select(route => route.Handler)).Concat(_fallback is { } fallback ? [fallback.Handler] : []).Distinct();

    public CoachRouteTable Use<TFilter>()
        where TFilter : ITurnFilter => Add(() => _filters.Add(typeof(TFilter)));

    /// <param name="withinAcknowledgement">
    /// Answer in the platform's acknowledgement (Slack's slash command response), under a deadline, for
    /// an answer that is quick and private; otherwise the command is kept and worked off after it.
    /// </param>
    public CoachRouteTable Command<THandler>(string name, bool withinAcknowledgement = false)
        where THandler : ITurnHandler<CommandTurn> =>
        On<CommandTurn, THandler>($"command {name}", turn => string.Equals(turn.Name, name, StringComparison.OrdinalIgnoreCase), withinAcknowledgement);

    /// <summary><c>/coach &lt;verb&gt;</c>, or <c>coach &lt;verb&gt;</c> in a direct message or a mention (see <see cref="App.CoachVerb"/>).</summary>
    public CoachRouteTable CoachVerb<THandler>(string verb)
        where THandler : ITurnHandler<CommandTurn> => On<CommandTurn, THandler>($"coach {verb}", turn => App.CoachVerb.Of(turn)?.Verb == verb);

    public CoachRouteTable ThreadReply<THandler>()
        where THandler : ITurnHandler<ThreadReplyTurn> => On<ThreadReplyTurn, THandler>("thread reply", _ => true);

    public CoachRouteTable DirectMessage<THandler>()
        where THandler : ITurnHandler<DirectMessageTurn> => On<DirectMessageTurn, THandler>("direct message", _ => true);

    public CoachRouteTable Action<THandler>(string actionId)
        where THandler : ITurnHandler<ActionTurn> => On<ActionTurn, THandler>($"action {actionId}", turn => turn.ActionId == actionId);

    public CoachRouteTable BotAdded<THandler>()
        where THandler : ITurnHandler<BotAddedTurn> => On<BotAddedTurn, THandler>("bot added", _ => true);

    public CoachRouteTable HomeOpened<THandler>()
        where THandler : ITurnHandler<HomeOpenedTurn> => On<HomeOpenedTurn, THandler>("home opened", _ => true);

    /// <summary>What answers a turn addressed to Coach that no route takes, whatever its kind.</summary>
    public CoachRouteTable Fallback<THandler>()
        where THandler : ITurnHandler<Turn> => Add(() => _fallback = new Route("fallback", _ => true, typeof(THandler), Route.For<Turn, THandler>()));

    /// <summary>The route that takes <paramref name="turn"/>, or null when none does.</summary>
    internal Route? Find(Turn turn) => Match(turn) ?? (turn.IsAddressedToCoach ? _fallback : null);

    /// <summary>Whether the route that takes <paramref name="turn"/> answers it within the acknowledgement.</summary>
    internal bool AnswersWithinAcknowledgement(Turn turn) => Match(turn)?.WithinAcknowledgement == true;

    private Route? Match(Turn turn) => _routes.FirstOrDefault(route => route.Matches(turn));

    private CoachRouteTable On<TTurn, THandler>(string name, Func<TTurn, bool> matches, bool withinAcknowledgement = false)
        where TTurn : Turn
        where THandler : ITurnHandler<TTurn> =>
        Add(() => _routes.Add(new Route(name, turn => turn is TTurn taken && matches(taken), typeof(THandler), Route.For<TTurn, THandler>(), withinAcknowledgement)));

    private CoachRouteTable Add(Action register)
    {
        register();
        return this;
    }
}
