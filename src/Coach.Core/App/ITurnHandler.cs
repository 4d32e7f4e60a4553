namespace Coach.Core.App;

/// <summary>One behaviour of Coach, resolved from DI for each turn its route matches.</summary>
public interface ITurnHandler
{
    Task HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
