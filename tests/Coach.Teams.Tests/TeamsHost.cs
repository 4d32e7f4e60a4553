using Coach.Host;
using Coach.Teams.Connector;
using Coach.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coach.Teams.Tests;

/// <summary>
/// Coach on Kestrel (127.0.0.1, a free port) with Teams on: tokens checked against a
/// <see cref="LoopbackIssuer"/>, the connector's service URL a <see cref="FakeConnector"/> allowed by
/// configuration. Outbound tokens come from a fixed source instead of Entra ID (MSAL insists on HTTPS
/// authorities, so it cannot be pointed at a loopback fake).
/// </summary>
internal sealed class TeamsHost : IAsyncDisposable
{
    private readonly TempFolder _data;
    private readonly WebApplication _app;

    private TeamsHost(TempFolder data, WebApplication app)
    {
        _data = data;
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public HttpClient Client { get; }

    public static Task<TeamsHost> StartAsync(LoopbackIssuer issuer, FakeConnector connector, params string[] settings) =>
        StartAsync(issuer, connector, _ => { }, settings);

    /// <param name="services">Changes to Coach's services, after the host's own.</param>
    public static async Task<TeamsHost> StartAsync(LoopbackIssuer issuer, FakeConnector connector, Action<IServiceCollection> services, params string[] settings)
    {
        var data = new TempFolder();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", RepositoryPaths.Content,
            "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(data.Path, "coach.db")}",
            "--Coach:Schedule:Cron", "0 0 1 1 *",
            "--Coach:Teams:AppId", LoopbackIssuer.AppId,
            "--Coach:Teams:AppPassword", "not-used-in-tests",
            "--Coach:Teams:TenantId", "tenant-1",
            "--Coach:Teams:OpenIdMetadataUrl", issuer.MetadataUrl.ToString(),
            "--Coach:Teams:AllowedServiceUrls:0", connector.ServiceUrl.ToString(),
            "--Coach:Teams:AttemptTimeout", TestAttemptTimeout.Value,
            // Bob looks after the team's channel (Teams tells a bot no roles): most tests have him post the question.
            "--Coach:Admins:0", "29:bob",
            .. settings,
        ];
        var app = CoachWebApp.Build(args, replace =>
        {
            replace.Replace(ServiceDescriptor.Singleton<IConnectorTokens>(new FixedTokens()));
            services(replace);
        });
        await app.StartAsync();
        return new TeamsHost(data, app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private sealed class FixedTokens : IConnectorTokens
    {
        public Task<string?> GetAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(FakeConnector.Token);
    }
}
