using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coach.Slack.Receivers;

/// <summary>
/// One Socket Mode WebSocket: whole messages in, acknowledgements out. Slack sends pings and
/// expects pongs (the runtime answers them); Coach pings too, so a silently dead link is noticed.
/// </summary>
internal sealed class SlackSocketConnection : IDisposable
{
    /// <summary>Slack's envelopes are small; a larger message is not Slack and ends the connection.</summary>
    public const int MaxMessageBytes = 1024 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SlackSocketConnection(ClientWebSocket socket) => _socket = socket;

    /// <summary>Completes when Slack says <c>hello</c>: from then on envelopes flow here.</summary>
    public Task Hello => _hello.Task;

    /// <summary>Completes with the reason when Slack asks Coach to move to a new connection.</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    /// <summary>Completes when the connection has ended, whether closed or dropped; set by the receiver.</summary>
    public Task Served { get; set; } = Task.CompletedTask;

    public static async Task<SlackSocketConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        // Slack hands out wss URLs; plain ws is only for a fake on loopback.
        if (url.Scheme != "wss" && !(url.Scheme == "ws" && url.IsLoopback))
        {
            throw new WebSocketException($"Slack gave a Socket Mode URL that is not wss: {url.Scheme}://{url.Host}");
        }

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(20);
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return new SlackSocketConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void MarkHello() => _hello.TrySetResult();

    public void MarkDisconnectRequested(string reason) => _disconnect.TrySetResult(reason);

    /// <returns>The next whole text message, or null once the connection has closed.</returns>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > MaxMessageBytes)
                {
                    throw new WebSocketException(WebSocketError.Faulted, "Socket Mode message over 1 MB");
                }

                if (result.EndOfMessage)
                {
                    return result.MessageType == WebSocketMessageType.Text ? System.Text.Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length) : "";
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Tells Slack the envelope arrived, with the answer for a slash command when there is one.</summary>
    public async Task AcknowledgeAsync(string envelopeId, JsonObject? payload, CancellationToken cancellationToken)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(ack);
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Says goodbye and gives Slack a few seconds to agree; the link is cut if it does not.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _sending.WaitAsync(grace.Token);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "moving to a new connection", grace.Token);
                }
            }
            finally
            {
                _sending.Release();
            }

            await Served.WaitAsync(grace.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            _socket.Abort();
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sending.Dispose();
    }
}
