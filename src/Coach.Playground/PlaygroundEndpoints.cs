using System.Net.ServerSentEvents;
using Coach.Core.App;
using Coach.Playground.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Playground;

/// <summary>
/// The page and its small API: the workspace, a live feed of messages (server-sent events), and
/// two ways in, typing a message and pressing a button.
/// </summary>
public static class PlaygroundEndpoints
{
    /// <summary>Nothing a person types in a chat needs more; larger bodies get 413.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the playground when <see cref="PlaygroundServiceCollectionExtensions.AddPlayground"/> turned it on.</summary>
    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<PlaygroundAssets>() is null)
        {
            return endpoints;
        }

        endpoints.MapGet("/", (HttpContext context, PlaygroundAssets assets) => assets.Serve(context, "index.html"));
        endpoints.MapGet("/playground/{file}", (HttpContext context, string file, PlaygroundAssets assets) => assets.Serve(context, file));
        endpoints.MapGet("/playground/workspace", () => TypedResults.Ok(new WorkspaceView(
            [.. PlaygroundWorkspace.People.Select(person => new PersonView(person.Id, person.Name))],
            PlaygroundWorkspace.TeamChannel.Id,
            PlaygroundWorkspace.TeamChannelName,
            PlaygroundWorkspace.Coach.Id)));
        endpoints.MapGet("/playground/events", (PlaygroundFeed feed, string? @as, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(Events(feed, PlaygroundWorkspace.FindPerson(@as), cancellationToken)));

        var input = endpoints.MapGroup("/playground").WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        input.MapPost("/messages", PostMessageAsync);
        input.MapPost("/actions", PressButtonAsync);
        return endpoints;
    }

    private static async Task<IResult> PostMessageAsync(PostedMessage posted, PlaygroundFeed feed, PlaygroundAdapter adapter, CancellationToken cancellationToken)
    {
        if (PlaygroundWorkspace.FindPerson(posted.User) is not { } person)
        {
            return Invalid("Unknown user: pick one of the people in the workspace.");
        }

        var user = person with { TimeZone = Zone(posted.TimeZone) };
        if (PlaygroundWorkspace.ConversationOf(user, posted.Conversation) is not { } channel)
        {
            return Invalid("Unknown conversation: use the team channel or your own direct messages.");
        }

        var text = posted.Text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > PlaygroundInput.MaxTextLength)
        {
            return WrongLength();
        }

        if (posted.Thread is { } threadId && (await feed.FindAsync(threadId, cancellationToken) is not { } root || root.Conversation != channel.Id || root.Thread is not null))
        {
            return Invalid("That thread is not in this conversation.");
        }

        // A slash command is seen only by whoever typed it, as on Slack.
        var visibleTo = PlaygroundInput.IsCommand(text) ? user.Id : null;
        var logged = await feed.AppendAsync(channel.Id, posted.Thread, user.Id, visibleTo, new PlaygroundBody(text, null), cancellationToken);
        await adapter.MessageAsync(user, channel, logged, text, cancellationToken);
        return TypedResults.Accepted((string?)null, new Accepted(logged.Id));
    }

    private static async Task<IResult> PressButtonAsync(PressedButton pressed, PlaygroundFeed feed, PlaygroundAdapter adapter, CancellationToken cancellationToken)
    {
        if (PlaygroundWorkspace.FindPerson(pressed.User) is not { } person)
        {
            return Invalid("Unknown user: pick one of the people in the workspace.");
        }

        var user = person with { TimeZone = Zone(pressed.TimeZone) };
        if (string.IsNullOrEmpty(pressed.Action)
            || await feed.FindAsync(pressed.Message, cancellationToken) is not { } message
            || message.Author != PlaygroundWorkspace.Coach.Id
            || (message.VisibleTo is not null && message.VisibleTo != user.Id)
            || PlaygroundWorkspace.ConversationOf(user, message.Conversation) is not { } channel)
        {
            return Invalid("No such button on a message you can see.");
        }

        if (pressed.Text is { Length: > PlaygroundInput.MaxTextLength })
        {
            return WrongLength();
        }

        await adapter.PressAsync(user, channel, message, pressed, cancellationToken);
        return TypedResults.Accepted((string?)null, new Accepted(null));
    }

    /// <summary>The browser's IANA zone, when it is one this machine knows; anything else is no zone (the default serves).</summary>
    private static string? Zone(string? zone) =>
        zone is { Length: > 0 and <= 64 } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : null;

    /// <summary>The feed as <paramref name="viewer"/> may see it (<c>?as=alice</c>); with nobody named, only what everyone sees.</summary>
    private static async IAsyncEnumerable<SseItem<PlaygroundEntry>> Events(PlaygroundFeed feed, ChatUser? viewer, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in feed.FollowAsync(cancellationToken))
        {
            if (PlaygroundWorkspace.MaySee(viewer, entry.Conversation, entry.VisibleTo))
            {
                yield return new SseItem<PlaygroundEntry>(entry, "entry");
            }
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult WrongLength() => Invalid($"A message needs between 1 and {PlaygroundInput.MaxTextLength:N0} characters.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Invalid(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
}
