using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Team;

/// <summary>
/// A week of daily questions on IAM and data protection in one channel, on a clock the test moves:
/// Alice, Bob and Carol answer the IAM questions in full and the data-protection ones with their first
/// key point only. Then <c>coach team</c>, through the real engine and SQLite file (issue 19, item 5).
/// </summary>
public sealed class ScriptedWeekTests : IAsyncLifetime
{
    private const int Days = 5;
    private static readonly ChatUser[] Team = [new("U-alice", "Alice"), new("U-bob", "Bob"), new("U-carol", "Carol")];

    private readonly List<Question> _asked = [];
    private EngineHarness _engine = null!;
    private ConversationFlow _channel = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.StartAsync(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        _channel = _engine.Flow();
        var poster = _engine.Get<DailyQuestionPoster>();
        var bank = _engine.Get<IQuestionBank>();
        var filter = new QuestionFilter(["iam", "data protection"], null);
        for (var day = 1; day <= Days; day++)
        {
            var post = (await poster.PostNextAsync(_channel.Channel, filter, _engine.Platform, CancellationToken.None))!;
            var question = bank.Find(post.Question)!;
            _asked.Add(question);
            _engine.Time.Advance(TimeSpan.FromMinutes(10));
            foreach (var person in Team)
            {
                var answer = question.Topic == DataProtection ? question.KeyPoints[0] : string.Join(' ', question.KeyPoints);
                await _channel.As(person).ReplyInThread(post.Thread, answer);
            }

            _engine.Time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(10));
        }
    }

    private const string DataProtection = "Data Protection";

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task The_week_shows_the_weakest_topic_and_the_most_missed_points_privately_and_names_nobody()
    {
        var sent = (await _channel.As(Team[0]).Command("coach", "team week")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Private, "only the asker sees it unless they share it");
        var text = sent.Message.Text.ToString();
        var lines = text.Split('\n');
        lines[0].ShouldBe("What the team keeps missing, this week: 5 daily questions, 3 people took part.");
        lines[1].ShouldBe("Weakest topics:");
        lines[2].ShouldStartWith($"• {DataProtection}: average ");
        lines[3].ShouldStartWith("• Identity & Access Management (IAM): average ");
        Average(lines[2]).ShouldBeLessThan(Average(lines[3]));
        lines[4].ShouldBe("Most-missed points:");
        var dataProtection = _asked.Where(question => question.Topic == DataProtection).ToList();
        dataProtection.ShouldNotBeEmpty("the week asked a data-protection question");
        var missed = lines[5..8];
        missed.ShouldAllBe(line => line.EndsWith("missed in 3 of 3 answers", StringComparison.Ordinal));
        missed.ShouldAllBe(line => dataProtection.Any(question => line.Contains($"({question.Title})", StringComparison.Ordinal)
            && question.KeyPoints.Skip(1).Any(point => line.StartsWith($"• “{point}”", StringComparison.Ordinal))));
        lines[^1].ShouldStartWith("Only you see this; coach team week share posts it for the channel.");
        foreach (var person in Team)
        {
            text.ShouldNotContain(person.Name);
            text.ShouldNotContain(person.Id);
        }
    }

    [Fact]
    public async Task Share_posts_it_for_the_channel()
    {
        var sent = (await _channel.Command("coach", "team share")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Post);
        sent.Message.Text.ToString().ShouldStartWith("What the team keeps missing, this week: 5 daily questions");
        sent.Message.Text.ToString().ShouldNotContain("Only you see this");
    }

    [Fact]
    public async Task Before_the_week_there_was_nothing_to_show_and_a_direct_message_or_an_unknown_period_gets_help()
    {
        (await _engine.Flow().Command("coach", "team all")).ShouldHaveSingleItem().Message.Text.ToString().ShouldBe("No daily questions here all time yet.");
        (await _channel.In(_channel.Channel with { IsDirect = true }).Command("coach", "team")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("What the team keeps missing belongs to a channel");
        (await _channel.Command("coach", "team yesterday")).ShouldHaveSingleItem().Message.Text.ToString().ShouldStartWith("Try coach team, coach team month or coach team all");
    }

    private static int Average(string line) => int.Parse(line[(line.IndexOf("average ", StringComparison.Ordinal) + 8)..line.IndexOf('/', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
}
