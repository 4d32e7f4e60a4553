using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Coach.Slack.Tests;

/// <summary>
/// Slack's Socket Mode end on loopback: it hands out one-use connection URLs, says hello, sends
/// envelopes and demands an ack for each. Like Slack, it sends an unacknowledged envelope again on
/// the next connection. It can drop a connection, lose an ack, or ask Coach to reconnect.
/// </summary>
internal sealed class FakeSlackSocket : IDisposable
{
    private readonly ConcurrentDictionary<string, bool> _tickets = new();
    private readonly ConcurrentDictionary<string, Envelope> _unacked = new();
    private readonly ConcurrentDictionary<string, JsonObject> _acks = new();
    private readonly ConcurrentQueue<string> _deliveries = new();
    private readonly ConcurrentQueue<Closing> _closedByCoach = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private volatile Live? _live;
    private int _envelopes;
    private int _connections;

    /// <summary>How many connections Coach has opened (each one said hello to).</summary>
    public int Connections => _connections;

    /// <summary>Envelopes that no connection has acknowledged yet.</summary>
    public int Unacknowledged => _unacked.Count;

    /// <summary>Each connection Coach closed itself (a dropped one is not listed).</summary>
    public IReadOnlyList<Closing> ClosedByCoach => [.. _closedByCoach];

    /// <summary>Every envelope id sent, once per delivery.</summary>
    public IReadOnlyList<string> Deliveries => [.. _deliveries];

    public Uri NewTicketUrl(string origin)
    {
        var ticket = Guid.NewGuid().ToString("N");
        _tickets[ticket] = true;
        return new Uri($"{origin.Replace("http://", "ws://", StringComparison.Ordinal)}/link/?ticket={ticket}");
    }

    /// <summary>Sends an envelope now, or on the next connection if there is none; returns its id.</summary>
    public async Task<string> SendAsync(string type, string payloadJson, bool loseAck = false)
    {
        var id = $"env-{Interlocked.Increment(ref _envelopes)}";
        var envelope = new Envelope(id, type, JsonNode.Parse(payloadJson)!.AsObject(), loseAck);
        _unacked[id] = envelope;
        if (_live is { } live)
        {
            await DeliverAsync(live, envelope, retryAttempt: 0);
        }

        return id;
    }

    /// <summary>The ack Coach sent for an envelope, once it has.</summary>
    public JsonObject? AckOf(string envelopeId) => _acks.GetValueOrDefault(envelopeId);

    /// <summary>Cuts the current connection without a closing handshake, as a network failure would.</summary>
    public void Drop() => _live?.Context.Abort();

    /// <summary>Sends text that is not an envelope (to see that Coach shrugs it off).</summary>
    public Task SendRawAsync(string text) => _live is { } live ? SendTextAsync(live.Socket, text) : Task.CompletedTask;

    /// <summary>Asks Coach to move to a new connection, as Slack does before it recycles a server.</summary>
    public Task RequestRefreshAsync() =>
        SendRawAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"fake"}}""");

    public async Task AcceptAsync(HttpContext context)
    {
        var ticket = context.Request.Query["ticket"].ToString();
        if (!context.WebSockets.IsWebSocketRequest || !_tickets.TryRemove(ticket, out _))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var live = new Live(context, socket);
        await SendTextAsync(socket, """{"type":"hello","num_connections":1,"connection_info":{"app_id":"AFAKE"},"debug_info":{"host":"fake"}}""");
        Interlocked.Increment(ref _connections);
        _live = live;
        foreach (var envelope in _unacked.Values.OrderBy(envelope => envelope.Id, StringComparer.Ordinal))
        {
            await DeliverAsync(live, envelope, retryAttempt: 1);
        }

        await ReadAcksAsync(live);
    }

    private async Task ReadAcksAsync(Live live)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await live.Socket.ReceiveAsync(buffer, live.Context.RequestAborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closedByCoach.Enqueue(new Closing(result.CloseStatus, _connections));
                    await live.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    return;
                }

                var ack = JsonNode.Parse(message.ToArray())!.AsObject();
                var id = (string?)ack["envelope_id"] ?? throw new InvalidOperationException("An ack without envelope_id");
                if (_unacked.TryGetValue(id, out var envelope) && envelope.LoseAck)
                {
                    // As if the ack never made it: Slack will send this envelope again.
                    _unacked[id] = envelope with { LoseAck = false };
                    live.Context.Abort();
                    return;
                }

                _acks[id] = ack;
                _unacked.TryRemove(id, out _);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            if (_live == live)
            {
                _live = null;
            }
        }
    }

    private async Task DeliverAsync(Live live, Envelope envelope, int retryAttempt)
    {
        _deliveries.Enqueue(envelope.Id);
        var json = new JsonObject
        {
            ["envelope_id"] = envelope.Id,
            ["type"] = envelope.Type,
            ["payload"] = envelope.Payload.DeepClone(),
            ["accepts_response_payload"] = envelope.Type == "slash_commands",
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt == 0 ? "" : "timeout",
        };
        try
        {
            await SendTextAsync(live.Socket, json.ToJsonString());
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            // The connection went; the envelope stays unacknowledged and goes on the next one.
        }
    }

    private async Task SendTextAsync(WebSocket socket, string text)
    {
        await _sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose() => _sending.Dispose();

    /// <param name="Status">The close status Coach gave.</param>
    /// <param name="ConnectionsOpened">How many connections had said hello by then.</param>
    public sealed record Closing(WebSocketCloseStatus? Status, int ConnectionsOpened);

    private sealed record Live(HttpContext Context, WebSocket Socket);

    private sealed record Envelope(string Id, string Type, JsonObject Payload, bool LoseAck);
}
