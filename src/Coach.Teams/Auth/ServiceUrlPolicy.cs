namespace Coach.Teams.Auth;

/// <summary>
/// The hosts Coach may send its Bot Framework token to: Teams' own service URLs, and those listed
/// in <c>Coach:Teams:AllowedServiceUrls</c>. An activity that names any other serviceUrl is
/// refused whatever else is true of it, so a forged or misrouted activity can never make Coach
/// hand its token to a stranger.
/// </summary>
internal sealed class ServiceUrlPolicy(IEnumerable<Uri> extra)
{
    private static readonly string[] TeamsDomains = [".botframework.com", ".teams.microsoft.com"];

    private readonly Uri[] _extra = [.. extra];

    public bool Allows(Uri serviceUrl) =>
        (serviceUrl.Scheme == Uri.UriSchemeHttps && TeamsDomains.Any(domain => serviceUrl.Host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)))
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
