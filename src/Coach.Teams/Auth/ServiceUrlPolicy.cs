namespace Coach.Teams.Auth;

/// <summary>
/// The hosts Coach may send its Bot Framework token to: the service URLs Teams itself sends
/// activities from, and those listed in <c>Coach:Teams:AllowedServiceUrls</c>. An activity that
/// names any other serviceUrl is refused whatever else is true of it, so a forged or misrouted
/// activity can never make Coach hand its token to a stranger.
/// </summary>
internal sealed class ServiceUrlPolicy(IEnumerable<Uri> extra)
{
    /// <summary>
    /// Teams' connector hosts, matched exactly over HTTPS: the public cloud
    /// (<c>https://smba.trafficmanager.net/{teams|amer|emea|apac|…}/</c>), GCC, GCC High and DoD. Not
    /// <c>*.botframework.com</c>: that is also Direct Line and Web Chat, whose clients choose their own
    /// <c>from.id</c>. (learn.microsoft.com: "Proactive messages", "Teams in government clouds".)
    /// </summary>
    public static readonly IReadOnlySet<string> TeamsHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    };

    private readonly Uri[] _extra = [.. extra];

    public bool Allows(Uri serviceUrl) =>
        (serviceUrl.Scheme == Uri.UriSchemeHttps && serviceUrl.IsDefaultPort && TeamsHosts.Contains(serviceUrl.IdnHost))
        || _extra.Any(allowed => SameOrigin(allowed, serviceUrl) && Under(serviceUrl.AbsolutePath, allowed.AbsolutePath));

    public bool Allows(string? serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && Allows(uri);

    // "/_connector" is under "/_connector/" and vice versa; "/_connectorX" is under neither.
    private static bool Under(string path, string allowed)
    {
        var (p, a) = (path.TrimEnd('/'), allowed.TrimEnd('/'));
        return p == a || p.StartsWith(a + "/", StringComparison.Ordinal);
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
