using System.Net;
using System.Text.Json;
using Coach.Slack.Tests.Faults;
using Coach.Tests;

namespace Coach.Slack.Tests.Operations;

/// <summary>What an operator watches: readiness and metrics, over real HTTP.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Readyz_names_each_part_and_is_ready_once_slack_answered()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret);

        var response = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        report.GetProperty("status").GetString().ShouldBe("ready");
        var checks = report.GetProperty("checks");
        checks.EnumerateObject().Select(check => check.Name).ShouldBe(["storage", "index", "slack"], ignoreOrder: true);
        checks.EnumerateObject().ShouldAllBe(check => check.Value.GetProperty("status").GetString() == "healthy");
        var shipped = await Coach.QuestionBank.Content.ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None);
        checks.GetProperty("index").GetProperty("description").GetString().ShouldStartWith($"{shipped.Decks.Sum(deck => deck.Questions.Count)} questions indexed; search by meaning: ");
        var body = report.GetRawText();
        body.ShouldNotContain("coach.db", customMessage: "the public port says healthy or not, not where the database is");
        body.ShouldNotContain("Data Source");
        checks.GetProperty("storage").GetProperty("description").GetString().ShouldBe("answering");
    }

    [Fact]
    public async Task Readyz_is_503_naming_slack_while_slack_refuses_the_token()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.FailNext(Enumerable.Repeat(500, 40).ToArray());
        await using var host = await SlackHost.StartUnverifiedAsync(slack, "SigningSecret", SignedRequests.Secret);

        var response = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        checks.GetProperty("slack").GetProperty("status").GetString().ShouldBe("unhealthy");
        checks.GetProperty("storage").GetProperty("status").GetString().ShouldBe("healthy");
        (await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "alive all the same");
    }

    [Fact]
    public async Task Prometheus_metrics_count_asks_posted_questions_and_platform_errors()
    {
        // A process of its own: a metrics listener sees every meter of its name in the process, and
        // other tests' hosts run beside this one.
        using var data = new TempFolder();
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackProcess.StartAsync(slack, $"Data Source={Path.Combine(data.Path, "coach.db")}", "--Coach:Metrics:Prometheus", "true");

        (await SignedRequests.CommandAsync(host.Client, "/ask", "what is macie")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignedRequests.CommandAsync(host.Client, "/ask", "zzzz qqqq")).StatusCode.ShouldBe(HttpStatusCode.OK);
        slack.FailNext(429);
        (await SignedRequests.CommandAsync(host.Client, "/coach", "next", channel: "C7")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => slack.Posted("chat.postMessage").Count == 1);

        var metrics = "";
        await Eventually.HoldsAsync(async () =>
        {
            metrics = await host.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            return metrics.Contains("coach_daily_questions_posted_total", StringComparison.Ordinal);
        });
        Line(metrics, "coach_asks_total", "outcome=\"answered\"").ShouldEndWith(" 1");
        Line(metrics, "coach_asks_total", "outcome=\"suggested\"").ShouldEndWith(" 1");
        Line(metrics, "coach_daily_questions_posted_total", "platform=\"slack\"").ShouldEndWith(" 1");
        Line(metrics, "coach_platform_api_errors_total", "reason=\"429\"").ShouldEndWith(" 1");
        metrics.ShouldContain("coach_ask_duration_milliseconds_bucket");
        metrics.ShouldContain("coach_queue_depth");
    }

    [Fact]
    public async Task Without_an_exporter_there_is_no_metrics_endpoint()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret);

        (await host.Client.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Line(string metrics, string name, string label) =>
        metrics.Split('\n').SingleOrDefault(line => line.StartsWith(name + "{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal))
        ?? throw new ShouldAssertException($"no {name} with {label} in:\n{metrics}");
}
