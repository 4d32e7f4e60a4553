using System.Data.Common;
using Coach.Core.App;
using Coach.Tests;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Coach.Core.Tests.Features.Forget;

/// <summary><c>coach forget me</c> through the real engine, checked over every table of the real database it wrote to.</summary>
public sealed class ForgetMeTests
{
    [Fact]
    public async Task Forget_me_leaves_no_row_naming_the_person_in_a_sqlite_file_and_keeps_everyone_else_s()
    {
        await using var engine = await EngineHarness.StartAsync();
        var (person, colleague) = await LeaveTracesAsync(engine);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(engine.Folder, "data", "coach.db")}");
        await connection.OpenAsync();

        await ShouldBeForgottenAsync(engine, person, colleague, connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
    }

    [PostgresFact]
    public async Task Forget_me_leaves_no_row_naming_the_person_in_postgresql_and_keeps_everyone_else_s()
    {
        var server = await PostgresServer.GetAsync();
        var database = server.ConnectionString(await server.CreateDatabaseAsync());
        await using var engine = await EngineHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Coach:Storage:Provider"] = "Postgres",
            ["Coach:Storage:ConnectionString"] = database,
        });
        var (person, colleague) = await LeaveTracesAsync(engine);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();

        await ShouldBeForgottenAsync(engine, person, colleague, connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    }

    [Fact]
    public async Task The_forget_button_under_the_question_does_what_confirm_does()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        await flow.Command("coach", "interview-date 2027-01-15");
        var asked = (await flow.Command("coach", "forget me")).ShouldHaveSingleItem();
        var button = asked.Message.Parts.OfType<ButtonRow>().Single().Buttons.Single();

        var done = (await flow.Press(button.ActionId, button.Value)).ShouldHaveSingleItem();

        done.Message.Text.ToString().ShouldContain("1 interview date(s)");
        (await engine.Get<Coach.Core.Ports.IInterviewDates>().FindAsync(engine.Platform.Name, flow.User.Id, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Someone_else_can_be_forgotten_only_by_an_admin()
    {
        await using var engine = await EngineHarness.StartAsync();
        var member = new ChatUser($"U-member-{Guid.NewGuid():N}", "Mel");
        engine.Platform.Roles[member.Id] = PlatformRole.Member;
        var flow = engine.Flow();

        (await flow.As(member).Command("coach", $"forget <@{flow.User.Id}> confirm")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("Only admins");

        var admin = (await flow.Command("coach", $"forget <@{member.Id}|mel>")).ShouldHaveSingleItem();
        admin.Kind.ShouldBe(SentKind.Private);
        admin.Message.Text.ToString().ShouldContain($"everything Coach keeps about {member.Id}");
        (await flow.Command("coach", $"forget <@{member.Id}|mel> confirm")).ShouldHaveSingleItem().Message.Text.ShouldBe($"Coach kept nothing about {member.Id}; there was nothing to delete.");
    }

    /// <summary>
    /// A person and a colleague answer a daily question; the person also runs a mock interview, is
    /// reminded, goes away, keeps a dashboard card, sets an interview date and leaves the leaderboard.
    /// </summary>
    private static async Task<(ChatUser Person, ChatUser Colleague)> LeaveTracesAsync(EngineHarness engine)
    {
        var person = new ChatUser($"U-forget-{Guid.NewGuid():N}", "Fiona Forget", TimeZone: "Europe/Lisbon");
        var colleague = new ChatUser($"U-keep-{Guid.NewGuid():N}", "Kim Keep");
        var channel = engine.Flow();
        var question = (await channel.Command("coach", "next")).ShouldHaveSingleItem();
        await channel.As(person).ReplyInThread(question.Reference, "Macie uses machine learning to find PII in S3");
        await channel.As(colleague).ReplyInThread(question.Reference, "It scans S3 buckets for sensitive data");

        var direct = channel.As(person).In(new ChannelRef(engine.Platform.Name, $"D-{person.Id}", IsDirect: true));
        (await direct.DirectMessage("mock 1")).ShouldNotBeEmpty();
        (await direct.DirectMessage("IAM policies grant permissions and SCPs cap what an account may do")).ShouldNotBeEmpty();
        await direct.DirectMessage("coach remind 08:00 daily");
        await engine.Get<Coach.Core.Features.Reminders.ReminderScheduler>().RunDueAsync(CancellationToken.None);
        engine.Platform.Sent[^1].Channel.Id.ShouldBe($"D-{person.Id}", "the reminder was sent, and its day claimed");
        await direct.DirectMessage("coach away until 2027-01-01");
        (await direct.DirectMessage("coach progress")).ShouldHaveSingleItem();
        await channel.As(person).Command("coach", "interview-date 2027-01-15");
        await channel.As(person).Command("coach", "leaderboard hide-me");
        (await channel.As(person).Submit(CoachActions.ReportSubmit, "aws-security/19", "this is outdated")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("report #");
        (await channel.As(colleague).Submit(CoachActions.ReportSubmit, "aws-security/19", "a typo")).ShouldHaveSingleItem().Message.Text.ToString().ShouldContain("report #");
        return (person, colleague);
    }

    private static async Task ShouldBeForgottenAsync(EngineHarness engine, ChatUser person, ChatUser colleague, DbConnection connection, string listTables)
    {
        (await RowsNamingAsync(connection, listTables, person.Id)).ShouldNotBeEmpty("the traces were left where this test looks");
        var flow = engine.Flow().As(person);

        var asked = (await flow.Command("coach", "forget me")).ShouldHaveSingleItem();
        asked.Kind.ShouldBe(SentKind.Private);
        asked.Message.Text.ToString().ShouldContain("coach forget me confirm");
        (await RowsNamingAsync(connection, listTables, person.Id)).ShouldNotBeEmpty("nothing goes before the person confirms");

        var done = (await flow.Command("coach", "forget me confirm")).ShouldHaveSingleItem();

        done.Kind.ShouldBe(SentKind.Private);
        done.Message.Text.ToString().ShouldStartWith("Deleted everything Coach kept about you: 1 mock interview session(s) with 1 answer(s)");
        done.Message.Text.ToString().ShouldContain("1 interview date(s), 1 daily-question reply(ies), the time zone, reminder, days away and dashboard");
        (await RowsNamingAsync(connection, listTables, person.Id)).ShouldBeEmpty();
        (await RowsNamingAsync(connection, listTables, colleague.Id)).ShouldContain(row => row.StartsWith("daily_replies:", StringComparison.Ordinal), "a colleague's reply stays");
        (await RowsNamingAsync(connection, listTables, colleague.Id)).ShouldContain(row => row.StartsWith("question_reports:", StringComparison.Ordinal), "and a colleague's report");
        engine.Platform.Forgotten.ShouldContain(person.Id, "and the platform's cached name and role");
    }

    /// <summary>Every row, of every table, with a value that contains <paramref name="id"/>: "table: values".</summary>
    private static async Task<List<string>> RowsNamingAsync(DbConnection connection, string listTables, string id)
    {
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = listTables;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
                if (values.Any(value => value.Contains(id, StringComparison.Ordinal)))
                {
                    rows.Add($"{table}: {string.Join(" | ", values)}");
                }
            }
        }

        return rows;
    }
}
