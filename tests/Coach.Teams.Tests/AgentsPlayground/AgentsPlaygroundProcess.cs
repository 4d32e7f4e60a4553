using System.Diagnostics;
using System.Text.Json;
using Coach.Tests;

namespace Coach.Teams.Tests.AgentsPlayground;

/// <summary>
/// Microsoft 365 Agents Playground, started through ../shared/tools/agents-playground (telemetry
/// off) on a free loopback port and pointed at Coach's <c>/api/messages</c>. It records every call
/// it receives on its connector, with what it answered, in its log file, which is what tests read.
/// </summary>
internal sealed class AgentsPlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _log;

    private AgentsPlaygroundProcess(Process process, int port, string log)
    {
        _process = process;
        _log = log;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}") };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    /// <summary>The service URL the playground puts in its activities.</summary>
    public Uri ConnectorUrl => new($"http://localhost:{Port}/_connector");

    public static async Task<AgentsPlaygroundProcess> StartAsync(int port, Uri botEndpoint, string log)
    {
        var script = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "tools", "agents-playground"));
        var start = new ProcessStartInfo(script, ["-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-e", botEndpoint.ToString(), "-c", "msteams"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["M365_AGENTS_PLAYGROUND_LOGFILE"] = log },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {script}");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        // Drained as it comes, so that a full pipe never stalls the playground.
        process.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new AgentsPlaygroundProcess(process, port, log);
        await Eventually.HoldsAsync(async () => process.HasExited || await playground.IsUpAsync());
        if (process.HasExited)
        {
            throw new InvalidOperationException($"the Agents Playground exited ({process.ExitCode}): {string.Join('\n', output)}");
        }

        return playground;
    }

    /// <summary>The playground's own configuration: its users and conversations.</summary>
    public async Task<JsonElement> ConfigAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync(new Uri("/_internal/v1/config", UriKind.Relative))).RootElement.GetProperty("config").Clone();

    /// <summary>Types <paramref name="text"/> into a conversation as the playground's current user.</summary>
    public async Task SayAsync(string conversationId, string userId, string text)
    {
        var body = JsonSerializer.Serialize(new { type = "text", text, textFormat = "plain", from = new { id = userId } });
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        (await Client.PostAsync(new Uri($"/_conversation/v1/conversations/{conversationId}/messages", UriKind.Relative), content)).EnsureSuccessStatusCode();
    }

    /// <summary>Types <paramref name="text"/> into a conversation, mentioning the bot the way Teams does (the playground, like Teams without resource-specific consent, passes channel messages on only when they mention the bot).</summary>
    public async Task MentionAsync(string conversationId, string userId, string botId, string botName, string text)
    {
        var mention = $"<at>{botName}</at>";
        var body = JsonSerializer.Serialize(new
        {
            type = "text",
            text = $"{mention} {text}",
            textFormat = "plain",
            from = new { id = userId },
            mentions = new[] { new { mentioned = new { id = botId }, text = mention } },
        });
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        (await Client.PostAsync(new Uri($"/_conversation/v1/conversations/{conversationId}/messages", UriKind.Relative), content)).EnsureSuccessStatusCode();
    }

    /// <summary>Presses an Action.Submit on a card the bot posted, as the playground's card renderer does: the action's data, plus any inputs, become the activity's value. A card that opened a channel thread lives in that thread.</summary>
    public async Task SubmitAsync(BotMessage card, string userId, JsonElement data, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var value = JsonSerializer.Deserialize<Dictionary<string, object?>>(data.GetRawText())!;
        foreach (var (id, text) in inputs ?? new Dictionary<string, string>())
        {
            value[id] = text;
        }

        var body = JsonSerializer.Serialize(new { conversation = new { id = card.ThreadConversationId ?? card.ConversationId }, from = new { id = userId }, replyToId = card.MessageId, value });
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        (await Client.PostAsync(new Uri("/_conversation/v1/submit", UriKind.Relative), content)).EnsureSuccessStatusCode();
    }

    /// <summary>Everything the playground has logged so far, its connector calls among it.</summary>
    public string Log => File.Exists(_log) ? File.ReadAllText(_log) : "";

    /// <summary>
    /// The messages the playground shows, in order, read from its log: it logs each message it
    /// adds to a conversation (a bot's activity with text and a card becomes two messages) with
    /// the conversation it landed in.
    /// </summary>
    public IReadOnlyList<BotMessage> Messages()
    {
        var messages = new List<BotMessage>();
        foreach (var line in Log.Split('\n'))
        {
            var start = line.IndexOf("{\"action\":\"createMessage\"", StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            using var entry = JsonDocument.Parse(line[start..]);
            var message = entry.RootElement.GetProperty("message");
            messages.Add(new BotMessage(
                entry.RootElement.GetProperty("actionConversationId").GetString()!,
                message.GetProperty("messageId").GetString()!,
                message.GetProperty("from").GetProperty("id").GetString()!,
                message.TryGetProperty("postConversationId", out var thread) ? thread.GetString() : null,
                message.Clone()));
        }

        return messages;
    }

    /// <summary>Every call Coach made to the playground's connector, as it logged them: what was asked and how it answered.</summary>
    public IReadOnlyList<ConnectorCall> ConnectorCalls()
    {
        var calls = new List<ConnectorCall>();
        foreach (var line in Log.Split('\n'))
        {
            var start = line.IndexOf("{\"logAction\":\"appendLog\"", StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            using var entry = JsonDocument.Parse(line[start..]);
            var log = entry.RootElement.GetProperty("log");
            if (log.TryGetProperty("to", out var to) && to.GetString() == "Microsoft 365 Agents Playground"
                && log.TryGetProperty("request", out var request) && log.TryGetProperty("response", out var response))
            {
                calls.Add(new ConnectorCall(log.GetProperty("activityName").GetString()!, request.GetRawText(), response.GetProperty("statusCode").GetInt32()));
            }
        }

        return calls;
    }

    /// <summary>Connector calls the playground refused (4xx) or failed (5xx).</summary>
    public IReadOnlyList<ConnectorCall> FailedConnectorCalls() => [.. ConnectorCalls().Where(call => !call.Succeeded)];

    /// <summary>One call to the playground's connector.</summary>
    public sealed record ConnectorCall(string ActivityName, string Request, int StatusCode)
    {
        public bool Succeeded => StatusCode is >= 200 and < 300;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<bool> IsUpAsync()
    {
        try
        {
            return (await Client.GetAsync(new Uri("/_internal/v1/config", UriKind.Relative))).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or System.Net.Sockets.SocketException or IOException)
        {
            // A connection taken while node is still binding can fail in ways HttpClient does not wrap
            // (getpeername on a socket the playground already dropped: "Transport endpoint is not connected").
            return false;
        }
    }
}
