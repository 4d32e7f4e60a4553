using System.Text.Json;
using Coach.Teams.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Teams.Receivers;

/// <summary>
/// <c>POST /api/messages</c>: Bot Framework activities. The service URL is checked against the
/// allow-list first (in every mode), then the token, before anything is read into a turn; the
/// verified activity goes to <see cref="TeamsAdapter"/>, and the request is acknowledged at once.
/// </summary>
internal sealed partial class TeamsReceiver(
    BotFrameworkTokens tokens,
    ServiceUrlPolicy serviceUrls,
    TeamsAdapter adapter,
    IOptions<TeamsOptions> options,
    ILogger<TeamsReceiver> logger)
{
    /// <summary>Activities are small; anything larger is refused with 413.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext context, TeamsReceiver receiver) => receiver.ReceiveAsync(context))
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

        // Local Teams clients (the Agents Playground) knock before they talk.
        endpoints.MapMethods("/api/messages", [HttpMethods.Head], () => Results.Ok());
    }

    public async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        JsonElement activity;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            activity = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (activity.ValueKind != JsonValueKind.Object || TeamsInbound.ServiceUrl(activity) is not { } serviceUrl)
        {
            return Results.BadRequest();
        }

        if (!serviceUrls.Allows(serviceUrl))
        {
            LogRefused("service URL not allowed", serviceUrl.Host, context.Connection.RemoteIpAddress?.ToString());
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!options.Value.AllowUnauthenticated)
        {
            var channelId = ActivityJson.Text(activity, "channelId") ?? "";
            if (await tokens.RefusalAsync(context.Request.Headers.Authorization.ToString(), serviceUrl.AbsoluteUri, channelId, cancellationToken) is { } refusal)
            {
                LogRefused(refusal, serviceUrl.Host, context.Connection.RemoteIpAddress?.ToString());
                return Results.Unauthorized();
            }

            if (ActivityAudience.Refusal(activity, options.Value) is { } notForCoach)
            {
                LogRefused(notForCoach, serviceUrl.Host, context.Connection.RemoteIpAddress?.ToString());
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }

        return await adapter.AcceptAsync(activity, serviceUrl, cancellationToken) is { } invokeResponse
            ? Results.Json(invokeResponse)
            : Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams activity refused ({Reason}); service URL host {Host}, from {Remote}")]
    private partial void LogRefused(string reason, string host, string? remote);
}
