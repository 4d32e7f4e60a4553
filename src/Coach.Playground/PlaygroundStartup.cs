using Coach.Core.Ports;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Playground;

/// <summary>
/// On the first start Coach joins the team channel, as when a team adds the app, which gives the
/// channel its daily schedule and a welcome; on every start the page's address is logged.
/// </summary>
internal sealed partial class PlaygroundStartup(
    PlaygroundAdapter adapter,
    IChannelStore channels,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<PlaygroundStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(LogAddresses);
        if (await channels.FindAsync(PlaygroundWorkspace.TeamChannel, cancellationToken) is null)
        {
            await adapter.AddedAsync(PlaygroundWorkspace.People[0], cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void LogAddresses()
    {
        foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            LogOpen(address);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coach playground: open {Address} in a browser (no Slack or Teams needed)")]
    private partial void LogOpen(string address);
}
