using System.Data.Common;
using System.Net;
using Coach.Core.Channels;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Slack.Tests.Operations;
using Coach.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coach.Slack.Tests.Faults;

/// <summary>
/// PostgreSQL goes away under a running Coach and comes back: requests fail fast and say so, what
/// needs no storage keeps working, and once the server is back the host recovers without a restart
/// and posts the daily question it missed, within the grace window.
/// </summary>
public sealed class PostgresOutageTests
{
    [PostgresFact]
    public async Task While_postgres_is_down_coach_fails_fast_and_afterwards_recovers_and_posts_the_missed_slot()
    {
        var server = await PostgresServer.StartNewAsync();
        var database = server.ConnectionString(await server.CreateDatabaseAsync());
        // The clock starts at the real time (Slack signatures are checked against it) and is moved by hand.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var setup = new SlackHostSetup(database, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            SlackHostSetup.WithoutSchedulerTimer(services);
        });
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, setup, "SigningSecret", SignedRequests.Secret);
        var scheduler = host.Services.GetRequiredService<DailyQuestionScheduler>();
        var channel = SlackPlatform.Channel("C42");
        await host.Services.GetRequiredService<IChannelStore>().SaveAsync(
            new ChannelSettings(channel, "* * * * *", "UTC", [], [], Paused: false, ActiveSince: time.GetUtcNow()), CancellationToken.None);

        await server.StopAsync();
        try
        {
            // The slot a minute from now passes while the database is down.
            time.Advance(TimeSpan.FromSeconds(65));
            await Should.ThrowAsync<DbException>(() => scheduler.RunDueAsync(CancellationToken.None));

            var ready = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await ready.Content.ReadAsStringAsync()).ShouldContain("unreachable");

            (await SignedRequests.CommandAsync(host, "/coach", "progress")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => slack.Posted("chat.postEphemeral").Any(reply => reply.ToJsonString().Contains("try again", StringComparison.OrdinalIgnoreCase)));

            var ask = await SignedRequests.CommandAsync(host, "/ask", "what is macie");
            (await ask.Content.ReadAsStringAsync()).ShouldContain("Model answer: What is Macie?", customMessage: "search needs no database");

            var dm = await SignedRequests.EventAsync(host, "EvOut1", SignedRequests.DirectMessage("U1", "mock", "1700000300.000001"));
            dm.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "not taken, so that Slack delivers it again");
            slack.Posted("chat.postMessage").ShouldBeEmpty();
        }
        finally
        {
            await server.StartAsync();
        }

        time.Advance(TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(async () => (await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode == HttpStatusCode.OK);
        await scheduler.RunDueAsync(CancellationToken.None);

        var posted = slack.Posted("chat.postMessage").ShouldHaveSingleItem("the slot missed during the outage, once");
        ((string?)posted["channel"]).ShouldBe("C42");
        // Slack's redelivery of the refused event is now taken.
        (await SignedRequests.EventAsync(host, "EvOut1", SignedRequests.DirectMessage("U1", "mock", "1700000300.000001"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => slack.Posted("chat.postMessage").Count == 2);
    }
}
