using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Coach.Teams.Tests;

/// <summary>
/// The Bot Framework connector on a loopback port: checks the bearer token on every call, records
/// what Coach sends, answers with ids like the real one, and can answer 429 or 500 or hang on purpose.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    public const string Token = "connector-test-token";

    /// <summary>A call held without an answer until Coach gives up on it (or dies).</summary>
    public const int Hang = -1;

    private readonly WebApplication _app;
    private readonly bool _requireToken;
    private readonly ConcurrentQueue<Call> _calls = new();
    private readonly ConcurrentQueue<int> _failures = new();
    private int _ids;
    private int _hanging;

    private FakeConnector(WebApplication app, bool requireToken) => (_app, _requireToken) = (app, requireToken);

    /// <summary>What Coach would put in an activity's serviceUrl to reach this fake.</summary>
    public Uri ServiceUrl => new($"{_app.Urls.Single()}/connector/");

    public IReadOnlyList<Call> Calls => [.. _calls];

    public int Unauthorized { get; private set; }

    /// <summary>How many calls have been held without an answer (<see cref="Hang"/>).</summary>
    public int Hanging => Volatile.Read(ref _hanging);

    /// <param name="requireToken">
    /// False for Coach in local-tools mode (<c>Coach:Teams:AllowUnauthenticated</c>), which has no
    /// credential to send, as with Microsoft's Agents Playground, whose connector asks for none.
    /// </param>
    public static async Task<FakeConnector> StartAsync(bool requireToken = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeConnector(app, requireToken);
        app.MapMethods("/connector/{**path}", [HttpMethods.Post, HttpMethods.Put], fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _failures.Enqueue(status);
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context, string path)
    {
        if (_requireToken && context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            Unauthorized++;
            return Results.Unauthorized();
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

        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        _calls.Enqueue(new Call(context.Request.Method, "/" + path, body));
        var id = $"activity-{Interlocked.Increment(ref _ids)}";
        // A new conversation is a channel thread, or (isGroup false) a personal chat, which has no first activity.
        return path != "v3/conversations" ? Results.Json(new { id })
            : (bool?)body["isGroup"] == false ? Results.Json(new { id = $"a:personal-{id}" })
            : Results.Json(new { id = $"19:new-{id}@thread.tacv2;messageid={id}", activityId = id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Call(string Method, string Path, JsonObject Body);
}
