using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Coach.Slack.Tests;

/// <summary>
/// Slack's Web API on a loopback port, checking what Slack checks (the bot token) and recording
/// every call. It can misbehave on purpose: answer the next calls with 429 and Retry-After, or 500.
/// </summary>
internal sealed class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-token";

    public const string AppToken = "xapp-test-token";

    /// <summary>For <see cref="FailNext"/>: answer nothing until the caller gives up.</summary>
    public const int Hang = -1;

    private readonly ConcurrentQueue<int> _failures = new();
    private readonly ConcurrentQueue<Call> _calls = new();
    private readonly WebApplication _app;
    private int _ts;
    private int _hanging;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri ApiBaseUrl => new($"{_app.Urls.Single()}/api/");

    public Uri ResponseUrl => new($"{_app.Urls.Single()}/respond/1");

    public IReadOnlyList<Call> Calls => [.. _calls];

    public FakeSlackSocket Socket { get; } = new();

    /// <summary>Channels Coach has not been invited to: posting there answers <c>not_in_channel</c>.</summary>
    public ConcurrentDictionary<string, bool> ChannelsWithoutCoach { get; } = new();

    /// <summary>The people <c>users.info</c> knows, by id, with the name they show; anyone else is <c>user_not_found</c>.</summary>
    public ConcurrentDictionary<string, string> People { get; } = new();

    /// <summary>
    /// What <c>users.info</c> says each person is: <c>admin</c>, <c>owner</c>, <c>guest</c>,
    /// <c>single-channel guest</c>, or (anyone not listed) a member. U1 is a workspace admin, as the
    /// person who installs an app in a workspace usually is.
    /// </summary>
    public ConcurrentDictionary<string, string> Roles { get; } = new() { ["U1"] = "admin" };

    /// <summary>The IANA zone <c>users.info</c> gives each person as <c>tz</c> (with <c>tz_label</c> and <c>tz_offset</c>); anyone not listed has none, as a bot does.</summary>
    public ConcurrentDictionary<string, string> TimeZones { get; } = new();

    private static readonly HashSet<string> ReadMethods = ["users.info"];

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.Map("/link/", fake.Socket.AcceptAsync);
        app.MapPost("/api/{method}", fake.HandleAsync);
        app.MapPost("/respond/{id}", async (HttpContext context) =>
        {
            fake._calls.Enqueue(new Call("response_url", (await JsonNode.ParseAsync(context.Request.Body))!.AsObject()));
            return Results.Ok();
        });
        await app.StartAsync();
        return fake;
    }

    /// <summary>The next calls are answered with these statuses, one each (429 comes with Retry-After: 1; <see cref="Hang"/> never answers).</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _failures.Enqueue(status);
        }
    }

    /// <summary>How many calls have been held without an answer (<see cref="Hang"/>).</summary>
    public int Hanging => Volatile.Read(ref _hanging);

    /// <summary>How long every Web API answer takes (a slow Slack).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Whether a message Coach posted (<c>chat.postMessage</c>) holds <paramref name="text"/>.</summary>
    public bool Said(string text, StringComparison comparison = StringComparison.Ordinal) =>
        Posted("chat.postMessage").Any(post => post.ToJsonString().Contains(text, comparison));

    public IReadOnlyList<JsonObject> Posted(string method) => [.. Calls.Where(call => call.Method == method).Select(call => call.Body)];

    private async Task<IResult> HandleAsync(HttpContext context, string method)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }

        if (_failures.TryDequeue(out var status))
        {
            if (status == Hang)
            {
                Interlocked.Increment(ref _hanging);
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Empty;
            }

            if (status == StatusCodes.Status429TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            return Results.StatusCode(status);
        }

        // Socket Mode URLs need the app-level token; every other method the bot token.
        var token = method == "apps.connections.open" ? AppToken : BotToken;
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {token}")
        {
            return Results.Json(new { ok = false, error = "invalid_auth" });
        }

        // Like Slack, read methods take form fields only; write methods take JSON.
        var form = context.Request.HasFormContentType;
        if (ReadMethods.Contains(method) != form)
        {
            return Results.Json(new { ok = false, error = "invalid_arguments" });
        }

        var body = form
            ? new JsonObject([.. (await context.Request.ReadFormAsync()).Select(field => KeyValuePair.Create(field.Key, (JsonNode?)JsonValue.Create(field.Value.ToString())))])
            : (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        _calls.Enqueue(new Call(method, body));
        if (method == "chat.postMessage" && ChannelsWithoutCoach.ContainsKey((string?)body["channel"] ?? ""))
        {
            return Results.Json(new { ok = false, error = "not_in_channel" });
        }

        return method switch
        {
            "auth.test" => Results.Json(new { ok = true, user_id = "UCOACH", bot_id = "BCOACH", team_id = "T1" }),
            "chat.postMessage" => Results.Json(new { ok = true, channel = (string?)body["channel"], ts = NextTs() }),
            "chat.postEphemeral" => Results.Json(new { ok = true, message_ts = NextTs() }),
            "chat.update" => Results.Json(new { ok = true }),
            "views.publish" => PublishView(body),
            "apps.connections.open" => Results.Json(new { ok = true, url = Socket.NewTicketUrl(_app.Urls.Single()).ToString() }),
            "conversations.open" => Results.Json(new { ok = true, channel = new { id = $"D{(string?)body["users"]}" } }),
            "users.info" => UserInfo((string?)body["user"] ?? ""),
            _ => Results.Json(new { ok = false, error = "unknown_method" }),
        };
    }

    // As Slack checks a Home tab: a user, a home view, at most 100 blocks.
    private static IResult PublishView(JsonObject body) =>
        (string?)body["user_id"] is { Length: > 0 } && body["view"] is JsonObject { } view && (string?)view["type"] == "home"
            && view["blocks"] is JsonArray { Count: > 0 and <= 100 }
            ? Results.Json(new { ok = true, view = new { id = "V0HOME", type = "home" } })
            : Results.Json(new { ok = false, error = "invalid_arguments" });

    /// <summary>What each person's Home tab shows now: the view of the last <c>views.publish</c> for them.</summary>
    public JsonObject? HomeOf(string user) =>
        Posted("views.publish").LastOrDefault(call => (string?)call["user_id"] == user)?["view"]?.AsObject();

    private IResult UserInfo(string id)
    {
        var role = Roles.GetValueOrDefault(id, "member");
        if (!People.TryGetValue(id, out var name) && !Roles.ContainsKey(id))
        {
            return Results.Json(new { ok = false, error = "user_not_found" });
        }

        name ??= id;
        var user = new JsonObject
        {
            ["id"] = id,
            ["name"] = name.ToLowerInvariant(),
            ["real_name"] = name,
            ["is_admin"] = role is "admin" or "owner",
            ["is_owner"] = role == "owner",
            ["is_restricted"] = role is "guest" or "single-channel guest",
            ["is_ultra_restricted"] = role == "single-channel guest",
            ["profile"] = new JsonObject { ["display_name"] = name, ["real_name"] = name },
        };
        if (TimeZones.TryGetValue(id, out var tz))
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(tz);
            var offset = zone.GetUtcOffset(DateTimeOffset.UtcNow);
            user["tz"] = tz;
            user["tz_label"] = zone.IsDaylightSavingTime(DateTimeOffset.UtcNow) ? zone.DaylightName : zone.StandardName;
            user["tz_offset"] = (int)offset.TotalSeconds;
        }

        return Results.Json(new JsonObject { ["ok"] = true, ["user"] = user });
    }

    private string NextTs() => string.Create(CultureInfo.InvariantCulture, $"1700000000.{Interlocked.Increment(ref _ts):D6}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Socket.Dispose();
    }

    public sealed record Call(string Method, JsonObject Body);
}
