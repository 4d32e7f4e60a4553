using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Playground.Chat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Playground;

/// <summary>
/// Runs the playground's turns through Coach one at a time, each with a deadline. On the first
/// start Coach joins the team channel, as when a team adds the app, which gives the channel its
/// daily schedule and a welcome.
/// </summary>
internal sealed partial class PlaygroundWorker(
    PlaygroundTurns turns,
    CoachApp app,
    PlaygroundPlatform platform,
    IChannelStore channels,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<PlaygroundWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lifetime.ApplicationStarted.Register(LogAddresses);
        if (await channels.FindAsync(PlaygroundWorkspace.TeamChannel, stoppingToken) is null)
        {
            var installer = PlaygroundWorkspace.People[0];
            await turns.EnqueueAsync(new Turn { Kind = TurnKind.BotAdded, Channel = PlaygroundWorkspace.TeamChannel, User = installer }, stoppingToken);
        }

        await foreach (var turn in turns.ReadAllAsync(stoppingToken))
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            deadline.CancelAfter(Deadline);
            try
            {
                await app.DispatchAsync(turn, platform, deadline.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                LogDeadlineMissed(turn.Kind, Deadline);
            }
        }
    }

    private void LogAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            LogOpen(address);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coach playground: open {Address} in a browser (no Slack or Teams needed)")]
    private partial void LogOpen(string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} turn took longer than {Deadline} and was stopped")]
    private partial void LogDeadlineMissed(TurnKind kind, TimeSpan deadline);
}
