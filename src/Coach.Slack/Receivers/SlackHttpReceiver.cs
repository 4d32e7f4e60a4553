using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Slack.Receivers;

/// <summary>
/// Slack's HTTP requests: slash commands, Events API events and button presses. Each is verified
/// before anything else is read, acknowledged at once, and handed to the turn queue; <c>/ask</c>
/// answers in the response itself, since search takes microseconds.
/// </summary>
public sealed partial class SlackHttpReceiver(
    IOptions<SlackOptions> options,
    SlackAdapter adapter,
    TimeProvider time,
    ILogger<SlackHttpReceiver> logger)
{
    /// <summary>Slack's payloads are small; anything larger is refused with 413.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/slack/commands", (HttpContext context, SlackHttpReceiver receiver) => receiver.CommandAsync(context));
        endpoints.MapPost("/slack/events", (HttpContext context, SlackHttpReceiver receiver) => receiver.EventAsync(context));
        endpoints.MapPost("/slack/interactivity", (HttpContext context, SlackHttpReceiver receiver) => receiver.InteractionAsync(context));
    }

    private async Task<IResult> CommandAsync(HttpContext context)
    {
        var (body, refusal) = await ReadVerifiedAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!IsForm(context.Request) || SlackInbound.FromCommand(Form(body!)) is not { } inbound)
        {
            return Results.BadRequest();
        }

        var immediate = await adapter.CommandAsync(inbound, context.RequestAborted);
        return immediate is null ? Results.Ok() : Results.Json(immediate);
    }

    private async Task<IResult> EventAsync(HttpContext context)
    {
        var (body, refusal) = await ReadVerifiedAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        if (SlackJson.Parse(body) is not { ValueKind: JsonValueKind.Object } envelope)
        {
            return Results.BadRequest();
        }

        if (SlackJson.String(envelope, "type") == "url_verification")
        {
            return SlackJson.String(envelope, "challenge") is { } challenge
                ? Results.Json(new JsonObject { ["challenge"] = challenge })
                : Results.BadRequest();
        }

        if (await adapter.EventAsync(envelope, context.RequestAborted) == TurnAcceptance.TryLater)
        {
            // Storage is down: the event cannot be marked as seen, so it is not taken. Slack delivers
            // it again (after 1 and 5 minutes), when storage may be back.
            LogStorageUnavailable(SlackJson.String(envelope, "event_id") ?? "");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private async Task<IResult> InteractionAsync(HttpContext context)
    {
        var (body, refusal) = await ReadVerifiedAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!IsForm(context.Request) || !Form(body!).TryGetValue("payload", out var json))
        {
            return Results.BadRequest();
        }

        if (SlackJson.Parse(json) is not { } payload)
        {
            return Results.BadRequest();
        }

        await adapter.InteractionAsync(payload, context.RequestAborted);
        return Results.Ok();
    }

    /// <returns>The raw body when its signature holds; otherwise the answer to give (401, 413).</returns>
    private async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var raw = request.ContentLength is { } length
            ? await ReadExactlyAsync(request.Body, (int)length, context.RequestAborted)
            : await ReadToLimitAsync(request.Body, context.RequestAborted);
        if (raw is null)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var timestamps = request.Headers["X-Slack-Request-Timestamp"];
        var signatures = request.Headers["X-Slack-Signature"];
        // A header sent twice is not Slack: refuse rather than pick one.
        var check = timestamps.Count != 1 || signatures.Count != 1
            ? SignatureCheck.Missing
            : SlackSignature.Verify(options.Value.SigningSecret!, timestamps[0], signatures[0], raw, time.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            LogRefused(request.Path, check, context.Connection.RemoteIpAddress?.ToString());
            return (null, Results.Unauthorized());
        }

        return (raw, null);
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var raw = new byte[length];
        await body.ReadExactlyAsync(raw, cancellationToken);
        return raw;
    }

    /// <returns>The body of a request without a length (chunked), or null once it passes <see cref="MaxBodyBytes"/>.</returns>
    private static async Task<byte[]?> ReadToLimitAsync(Stream body, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        using var buffer = new MemoryStream();
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static bool IsForm(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static Dictionary<string, string> Form(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack event {EventId} not taken: storage unavailable; answered 503 so that Slack delivers it again")]
    private partial void LogStorageUnavailable(string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request to {Path} refused: signature {Check} (from {Remote})")]
    private partial void LogRefused(PathString path, SignatureCheck check, string? remote);
}
