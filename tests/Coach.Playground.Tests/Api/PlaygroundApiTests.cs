using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Coach.Core.Ports;
using Coach.Tests;

namespace Coach.Playground.Tests.Api;

/// <summary>The page's API over real HTTP: what it refuses, and what it keeps.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class PlaygroundApiTests : IAsyncLifetime
{
    private readonly PlaygroundHost _host = new();
    private HttpClient? _client;

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        _client = new HttpClient { BaseAddress = _host.Url };
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_forbids_inline_script()
    {
        var response = await Client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        (await response.Content.ReadAsStringAsync()).ShouldContain("/playground/playground.js");
        (await Client.GetAsync(new Uri("/playground/playground.js", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync(new Uri("/playground/nothing.js", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_the_browser_already_has_is_not_sent_again()
    {
        var first = await Client.GetAsync(new Uri("/playground/playground.css", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/playground/playground.css", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        (await Client.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_message_is_kept_in_storage_before_it_is_accepted()
    {
        var response = await PostAsync("/playground/messages", new { user = "bob", conversation = "security-team", text = "hello team" });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var accepted = await response.Content.ReadFromJsonAsync<AcceptedBody>();
        var log = (IMessageLog)_host.Services.GetService(typeof(IMessageLog))!;
        var stored = await log.FindAsync("playground", accepted!.Id!.Value, CancellationToken.None);
        stored.ShouldNotBeNull();
        stored.Author.ShouldBe("bob");
        stored.Conversation.ShouldBe("security-team");
        stored.Body.ShouldContain("hello team");
    }

    [Theory]
    [InlineData("""{"user":"mallory","conversation":"security-team","text":"hi"}""", "Unknown user")]
    [InlineData("""{"user":"bob","conversation":"dm-alice","text":"reading Alice's messages"}""", "Unknown conversation")]
    [InlineData("""{"user":"bob","conversation":"security-team","text":"   "}""", "between 1 and")]
    [InlineData("""{"user":"bob","conversation":"security-team","thread":999999,"text":"hi"}""", "not in this conversation")]
    public async Task A_message_that_makes_no_sense_is_refused_with_a_reason(string json, string reason)
    {
        var response = await Client.PostAsync(new Uri("/playground/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(reason);
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request_and_the_host_keeps_serving()
    {
        var response = await Client.PostAsync(new Uri("/playground/messages", UriKind.Relative), new StringContent("{\"user\": ", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var text = new string('x', (int)PlaygroundEndpoints.MaxBodyBytes + 1);

        var response = await PostAsync("/playground/messages", new { user = "bob", conversation = "security-team", text });

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_button_on_someone_else_s_private_message_cannot_be_pressed()
    {
        var sent = await PostAsync("/playground/messages", new { user = "alice", conversation = "security-team", text = "/ask what is macie" });
        var command = (await sent.Content.ReadFromJsonAsync<AcceptedBody>())!.Id!.Value;
        var log = (IMessageLog)_host.Services.GetService(typeof(IMessageLog))!;
        LoggedMessage? answer = null;
        await Eventually.HoldsAsync(async () =>
            // The /ask answer itself, not whatever Coach said first (its welcome can come in between).
            (answer = (await log.LatestAsync("playground", 10, CancellationToken.None)).FirstOrDefault(message => message.Id > command && message.Author == "coach" && message.Body.Contains("What is Macie?", StringComparison.Ordinal))) is not null);

        answer.ShouldNotBeNull("Coach answered the /ask");
        answer.VisibleTo.ShouldBe("alice");
        var pressed = await PostAsync("/playground/actions", new { user = "bob", message = answer.Id, action = "show-answer", value = "aws-security/8" });
        pressed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync("/playground/actions", new { user = "alice", message = answer.Id, action = "show-answer", value = "aws-security/8" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_page_that_connects_gets_the_history_as_server_sent_events()
    {
        await PostAsync("/playground/messages", new { user = "carol", conversation = "security-team", text = "history please" });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await Client.GetAsync(new Uri("/playground/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancel.Token);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        string? line;
        var seen = false;
        while (!seen && (line = await reader.ReadLineAsync(cancel.Token)) is not null)
        {
            seen = line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains("history please", StringComparison.Ordinal);
        }

        seen.ShouldBeTrue();
    }

    /// <summary>The server sends each page only what its person may see; before, every page got everything and hid it.</summary>
    [Fact]
    public async Task A_page_gets_only_what_its_person_may_see_from_the_server()
    {
        await PostAsync("/playground/messages", new { user = "alice", conversation = "security-team", text = "/ask what is macie" });
        await PostAsync("/playground/messages", new { user = "alice", conversation = "dm-alice", text = "mock 1" });
        var log = (IMessageLog)_host.Services.GetService(typeof(IMessageLog))!;
        await Eventually.HoldsAsync(async () =>
        {
            var fromCoach = (await log.LatestAsync("playground", 50, CancellationToken.None)).Where(message => message.Author == "coach").ToList();
            return fromCoach.Any(message => message.VisibleTo == "alice") && fromCoach.Any(message => message.Conversation == "dm-alice");
        });
        await PostAsync("/playground/messages", new { user = "carol", conversation = "security-team", text = "the last word" });

        var bob = await EntriesUntilAsync("bob", "the last word");
        bob.ShouldNotBeEmpty();
        bob.ShouldAllBe(entry => entry.Conversation == "security-team" && entry.VisibleTo == null);
        (await EntriesUntilAsync(null, "the last word")).ShouldAllBe(entry => entry.Conversation == "security-team" && entry.VisibleTo == null);

        var alice = await EntriesUntilAsync("alice", "the last word");
        alice.ShouldContain(entry => entry.VisibleTo == "alice" && entry.Author == "coach", "her private /ask answer");
        alice.ShouldContain(entry => entry.Conversation == "dm-alice" && entry.Author == "coach", "her mock interview");
    }

    private async Task<List<Coach.Playground.Chat.PlaygroundEntry>> EntriesUntilAsync(string? viewer, string marker)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var path = viewer is null ? "/playground/events" : $"/playground/events?as={viewer}";
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var entries = new List<Coach.Playground.Chat.PlaygroundEntry>();
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var entry = System.Text.Json.JsonSerializer.Deserialize<Coach.Playground.Chat.PlaygroundEntry>(line["data: ".Length..], System.Text.Json.JsonSerializerOptions.Web)!;
                entries.Add(entry);
                if (entry.Text == marker)
                {
                    return entries;
                }
            }
        }

        return entries;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _host.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string path, object body) => Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    private sealed record AcceptedBody(long? Id);
}
