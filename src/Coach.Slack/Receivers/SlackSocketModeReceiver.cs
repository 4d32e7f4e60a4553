using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Slack.Receivers;

/// <summary>
/// Slack's Socket Mode: Coach dials out to Slack over a WebSocket, so a team can run it without a
/// public URL. Each envelope is handed to the same <see cref="SlackAdapter"/> as the HTTP
/// receiver and then acknowledged; one Slack sends again (its ack lost with a dropped connection)
/// is recognised and handled once. When Slack asks Coach to move (<c>disconnect</c>), the old
/// connection keeps serving until the new one has said hello; when a connection drops, Coach
/// reconnects with backoff.
/// </summary>
public sealed partial class SlackSocketModeReceiver(
    SlackApiClient api,
    SlackAdapter adapter,
    IProcessedEvents processed,
    TimeProvider time,
    ILogger<SlackSocketModeReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan HelloWait = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        SlackSocketConnection? current = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                SlackSocketConnection next;
                try
                {
                    next = await SlackSocketConnection.ConnectAsync(await api.OpenSocketAsync(stoppingToken), stoppingToken);
                }
                catch (Exception ex) when (IsTransient(ex) && !stoppingToken.IsCancellationRequested)
                {
                    var wait = Backoff(failures++);
                    LogConnectFailed(ex.Message, wait);
                    await Task.Delay(wait, time, stoppingToken);
                    continue;
                }

                next.Served = ServeAsync(next, stoppingToken);
                if (current is not null)
                {
                    // The connection Slack asked Coach to leave still delivers until its successor is
                    // ready (or, should hello never come, for as long as Slack gives a disconnect warning).
                    await Task.WhenAny(next.Hello, next.Served, Task.Delay(HelloWait, time, stoppingToken));
                    await RetireAsync(current, stoppingToken);
                }

                current = next;
                var ended = await Task.WhenAny(current.DisconnectRequested, current.Served);
                if (current.Hello.IsCompleted)
                {
                    failures = 0;
                }

                if (ended == current.Served)
                {
                    current.Dispose();
                    current = null;
                    var wait = Backoff(failures++);
                    LogDropped(wait);
                    await Task.Delay(wait, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (current is not null)
            {
                await RetireAsync(current, CancellationToken.None);
            }
        }
    }

    /// <summary>Reads and handles messages until the connection ends; never throws.</summary>
    private async Task ServeAsync(SlackSocketConnection connection, CancellationToken cancellationToken)
    {
        // Off the caller's stack at once: the receiver goes on waiting for hello or a disconnect request.
        await Task.Yield();
        try
        {
            while (await connection.ReceiveAsync(cancellationToken) is { } text)
            {
                await HandleAsync(connection, text, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            // A dropped link, a refused ack, the host stopping: in every case this connection is done.
            if (!cancellationToken.IsCancellationRequested)
            {
                LogConnectionLost(ex.Message);
            }
        }
    }

    private async Task HandleAsync(SlackSocketConnection connection, string text, CancellationToken cancellationToken)
    {
        if (SlackJson.Parse(text) is not { } message)
        {
            LogUnreadable(text.Length);
            return;
        }

        var type = SlackJson.String(message, "type");
        switch (type)
        {
            case "hello":
                connection.MarkHello();
                LogHello();
                return;
            case "disconnect":
                var reason = SlackJson.String(message, "reason") ?? "unknown";
                LogDisconnectRequested(reason);
                connection.MarkDisconnectRequested(reason);
                return;
            case "events_api" or "slash_commands" or "interactive":
                await HandleEnvelopeAsync(connection, type, message, cancellationToken);
                return;
            default:
                LogIgnored(type ?? "(none)");
                return;
        }
    }

    private async Task HandleEnvelopeAsync(SlackSocketConnection connection, string type, JsonElement envelope, CancellationToken cancellationToken)
    {
        if (SlackJson.String(envelope, "envelope_id") is not { Length: > 0 } envelopeId
            || !envelope.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            LogIgnored(type);
            return;
        }

        JsonObject? answer = null;
        try
        {
            // Events are recognised by their event_id (in the adapter, as over HTTP); commands and
            // button presses, which have none, by the envelope Slack sends again when an ack is lost.
            if (type == "events_api")
            {
                if (await adapter.EventAsync(payload, cancellationToken) == TurnAcceptance.TryLater)
                {
                    // Left unacknowledged, Slack delivers it again.
                    return;
                }
            }
            else if (await processed.TryMarkAsync(SlackPlatform.PlatformName, $"envelope:{envelopeId}", time.GetUtcNow(), cancellationToken))
            {
                answer = type == "slash_commands" ? await CommandAsync(payload, cancellationToken) : null;
                if (type == "interactive")
                {
                    await adapter.InteractionAsync(payload, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Typically storage could not record it: left unacknowledged, Slack delivers it again.
            LogEnvelopeFailed(ex, type, envelopeId);
            return;
        }

        await connection.AcknowledgeAsync(envelopeId, answer, cancellationToken);
    }

    private async Task<JsonObject?> CommandAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        // Socket Mode carries a slash command's form fields as a JSON object of strings.
        var form = payload.EnumerateObject()
            .Where(field => field.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(field => field.Name, field => field.Value.GetString()!, StringComparer.Ordinal);
        return SlackInbound.FromCommand(form) is { } inbound ? await adapter.CommandAsync(inbound, cancellationToken) : null;
    }

    private static async Task RetireAsync(SlackSocketConnection connection, CancellationToken cancellationToken)
    {
        await connection.CloseAsync(cancellationToken);
        connection.Dispose();
    }

    private static TimeSpan Backoff(int failures)
    {
        var wait = FirstWait * Math.Pow(2, Math.Min(failures, 10));
        var capped = wait < LongestWait ? wait : LongestWait;
        // Jitter, so many Coaches cut off together do not return together.
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    private static bool IsTransient(Exception ex) =>
        ex is HttpRequestException or WebSocketException or SlackApiException or TaskCanceledException or IOException;

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: connected")]
    private partial void LogHello();

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: Slack asked for a new connection ({Reason})")]
    private partial void LogDisconnectRequested(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: connection lost ({Reason})")]
    private partial void LogConnectionLost(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: reconnecting in {Wait}")]
    private partial void LogDropped(TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack Socket Mode: could not connect ({Reason}); trying again in {Wait}")]
    private partial void LogConnectFailed(string reason, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: a message of {Length} characters was not JSON; ignored")]
    private partial void LogUnreadable(int length);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack Socket Mode: {Type} message ignored")]
    private partial void LogIgnored(string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack Socket Mode: {Type} envelope {EnvelopeId} failed; left for Slack to send again")]
    private partial void LogEnvelopeFailed(Exception exception, string type, string envelopeId);
}
