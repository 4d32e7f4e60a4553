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

    internal IReadOnlyList<Type> Filters => _filters;

    internal Type? FallbackHandler { get; private set; }

    /// <summary>Every filter and handler the table names, once each.</summary>
    public IEnumerable<Type> Types =>
        _filters.Concat(_routes.Select(route => route.Handler)).Concat(FallbackHandler is { } fallback ? [fallback] : []).Distinct();

    public CoachRouteTable Use<TFilter>()
        where TFilter : ITurnFilter => Add(() => _filters.Add(typeof(TFilter)));

    /// <param name="withinAcknowledgement">
    /// Answer in the platform's acknowledgement (Slack's slash command response), under a deadline, for
    /// an answer that is quick and private; otherwise the command is kept and worked off after it.
    /// </param>
    public CoachRouteTable Command<THandler>(string name, bool withinAcknowledgement = false)
        where THandler : ITurnHandler => On<THandler>(
            $"command {name}", turn => turn.Kind == TurnKind.Command && string.Equals(turn.Command, name, StringComparison.OrdinalIgnoreCase), withinAcknowledgement);

    /// <summary><c>/coach &lt;verb&gt;</c>, or <c>coach &lt;verb&gt;</c> in a direct message or a mention (see <see cref="App.CoachVerb"/>).</summary>
    public CoachRouteTable CoachVerb<THandler>(string verb)
        where THandler : ITurnHandler => On<THandler>($"coach {verb}", turn => App.CoachVerb.Of(turn)?.Verb == verb);

    public CoachRouteTable ThreadReply<THandler>()
        where THandler : ITurnHandler => On<THandler>("thread reply", turn => turn.Kind == TurnKind.ThreadReply);

    public CoachRouteTable DirectMessage<THandler>()
        where THandler : ITurnHandler => On<THandler>("direct message", turn => turn.Kind == TurnKind.DirectMessage);

    public CoachRouteTable Action<THandler>(string actionId)
        where THandler : ITurnHandler => On<THandler>(
            $"action {actionId}", turn => turn.Kind == TurnKind.Action && turn.ActionId == actionId);

    public CoachRouteTable BotAdded<THandler>()
        where THandler : ITurnHandler => On<THandler>("bot added", turn => turn.Kind == TurnKind.BotAdded);

    public CoachRouteTable Fallback<THandler>()
        where THandler : ITurnHandler => Add(() => FallbackHandler = typeof(THandler));

    /// <summary>The route that takes <paramref name="turn"/> and its handler, or nulls when none does.</summary>
    internal (string? Name, Type? Handler) Find(Turn turn) =>
        Match(turn) is { } route
            ? (route.Name, route.Handler)
            : turn.IsAddressedToCoach && FallbackHandler is not null ? ("fallback", FallbackHandler) : (null, null);

    /// <summary>Whether the route that takes <paramref name="turn"/> answers it within the acknowledgement.</summary>
    internal bool AnswersWithinAcknowledgement(Turn turn) => Match(turn)?.WithinAcknowledgement == true;

    private Route? Match(Turn turn) => _routes.FirstOrDefault(route => route.Matches(turn));

    private CoachRouteTable On<THandler>(string name, Func<Turn, bool> matches, bool withinAcknowledgement = false)
        where THandler : ITurnHandler => Add(() => _routes.Add(new Route(name, matches, typeof(THandler), withinAcknowledgement)));

    private CoachRouteTable Add(Action register)
    {
        register();
        return this;
    }
}
