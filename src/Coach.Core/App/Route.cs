using Microsoft.Extensions.DependencyInjection;

namespace Coach.Core.App;

/// <summary>
/// A line of the route table: which turns it takes, which handler runs (and how it is called with the
/// turn as the type it takes), its name for logs, and whether its answer goes in the platform's
/// acknowledgement (under a deadline) rather than after it.
/// </summary>
internal sealed record Route(string Name, Func<Turn, bool> Matches, Type Handler, Route.Invoker Run, bool WithinAcknowledgement = false)
{
    public delegate Task Invoker(IServiceProvider services, Turn turn, TurnContext context, CancellationToken cancellationToken);

    /// <summary>Calls <typeparamref name="THandler"/> with a turn its route matched, so of the type it takes.</summary>
    public static Invoker For<TTurn, THandler>()
        where TTurn : Turn
        where THandler : ITurnHandler<TTurn> =>
        (services, turn, context, cancellationToken) => services.GetRequiredService<THandler>().HandleAsync((TTurn)turn, context, cancellationToken);
}
