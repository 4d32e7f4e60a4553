using System.Collections.Concurrent;
using Coach.Teams.Auth;

namespace Coach.Teams.Tests;

/// <summary>
/// The connector's HTTP handler for tests that use Teams' real service URLs: a call Coach makes to a
/// Teams host (<c>https://smba.trafficmanager.net/emea/v3/…</c>) is recorded and answered by the
/// <see cref="FakeConnector"/> on loopback instead (<c>http://127.0.0.1:…/connector/v3/…</c>), so it
/// never leaves the machine; a call to any other host that is not loopback fails the test.
/// </summary>
internal sealed class TeamsCloudAtLoopback(FakeConnector connector) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<Uri> _seen = new();

    /// <summary>The Teams URLs Coach called, as it called them.</summary>
    public IReadOnlyList<Uri> Seen => [.. _seen];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        if (ServiceUrlPolicy.TeamsHosts.Contains(url.Host))
        {
            _seen.Enqueue(url);
            // The first path segment is the service URL's own (the region, or "teams"); the rest is the connector's API.
            var api = string.Join('/', url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1));
            request.RequestUri = new Uri(connector.ServiceUrl, api + url.Query);
        }
        else if (!url.IsLoopback)
        {
            throw new InvalidOperationException($"A test call to {url.Host} would have left the machine.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
