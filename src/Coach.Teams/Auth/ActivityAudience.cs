using System.Text.Json;
using static Coach.Teams.ActivityJson;

namespace Coach.Teams.Auth;

/// <summary>
/// What the Bot Framework SDK checks of an authenticated activity besides its token: that it comes
/// from Teams (<c>channelId</c> <c>msteams</c>, not Web Chat or Direct Line, whose clients choose
/// their own <c>from.id</c>), from Coach's own tenant (a single-tenant bot), and is addressed to
/// Coach (<c>recipient.id</c> is <c>28:&lt;AppId&gt;</c>).
/// </summary>
internal static class ActivityAudience
{
    public const string TeamsChannel = "msteams";

    /// <returns>Null when the activity is Teams', for this tenant and for Coach; else why not, for the log.</returns>
    public static string? Refusal(JsonElement activity, TeamsOptions options)
    {
        var channelId = Text(activity, "channelId");
        if (channelId != TeamsChannel)
        {
            return $"channelId '{channelId}' is not {TeamsChannel}";
        }

        var tenant = Text(Object(activity, "conversation"), "tenantId") ?? Text(Object(Object(activity, "channelData"), "tenant"), "id");
        if (!string.Equals(tenant, options.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return "tenant is not Coach:Teams:TenantId";
        }

        return Text(Object(activity, "recipient"), "id") == $"28:{options.AppId}" ? null : "recipient is not Coach";
    }
}
