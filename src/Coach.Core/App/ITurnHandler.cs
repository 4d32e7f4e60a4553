namespace Coach.Core.App;

/// <summary>
/// One behaviour of Coach, typed by the turn it takes, resolved from DI for each turn its route
/// matches. A handler that takes more than one kind of turn implements this once for each.
/// </summary>
public interface ITurnHandler<in TTurn>
    where TTurn : Turn
{
    Task HandleAsync(TTurn turn, TurnContext context, CancellationToken cancellationToken);
}
