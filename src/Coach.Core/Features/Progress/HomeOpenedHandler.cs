using Coach.Core.App;

namespace Coach.Core.Features.Progress;

/// <summary>A person opened Coach's Home tab: it shows their dashboard, refreshed after each answer from then on.</summary>
internal sealed class HomeOpenedHandler(Dashboard dashboard) : ITurnHandler<HomeOpenedTurn>
{
    public Task HandleAsync(HomeOpenedTurn turn, TurnContext context, CancellationToken cancellationToken) =>
        dashboard.ShowHomeAsync(context.Platform, turn.User, turn.Channel, cancellationToken);
}
