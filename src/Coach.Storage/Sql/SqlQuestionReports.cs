using Coach.Core.Ports;
using Coach.Core.Questions;
using Dapper;

namespace Coach.Storage.Sql;

/// <summary>Reports and appeals in one table; the same SQL on SQLite and PostgreSQL.</summary>
internal sealed class SqlQuestionReports(ICoachDatabase database) : IQuestionReports
{
    private const string Columns = "id AS Id, kind AS Kind, question_id AS QuestionId, question_version AS QuestionVersion, key_point AS KeyPoint, text AS Text, platform AS Platform, user_id AS UserId, created_utc AS CreatedUtc, status AS Status";

    public async Task<QuestionReport> AddAsync(QuestionReport report, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO question_reports (kind, question_id, question_version, key_point, text, platform, user_id, created_utc, status)
            VALUES (@Kind, @QuestionId, @QuestionVersion, @KeyPoint, @Text, @Platform, @UserId, @CreatedUtc, @Status)
            RETURNING id
            """,
            new
            {
                Kind = Name(report.Kind),
                QuestionId = report.Question.ToString(),
                report.QuestionVersion,
                report.KeyPoint,
                report.Text,
                report.Platform,
                report.UserId,
                CreatedUtc = report.CreatedAt.UtcTicks,
                Status = Name(ReportStatus.Open),
            },
            cancellationToken: cancellationToken));
        return report with { Number = id, Status = ReportStatus.Open };
    }

    public async Task<IReadOnlyList<QuestionReport>> ListOpenAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM question_reports WHERE status = 'open' ORDER BY id LIMIT @Limit",
            new { Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToReport())];
    }

    public async Task<QuestionReport?> FindAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM question_reports WHERE id = @Id",
            new { Id = number },
            cancellationToken: cancellationToken));
        return row?.ToReport();
    }

    public async Task<bool> ResolveAsync(long number, ReportStatus status, string resolvedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Only an open report changes, so two admins settling one at once cannot both win.
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE question_reports SET status = @Status, resolved_by = @By, resolved_utc = @At WHERE id = @Id AND status = 'open'",
            new { Id = number, Status = Name(status), By = resolvedBy, At = at.UtcTicks },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<AcceptedAlternative>> AcceptedAsync(QuestionId question, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string KeyPoint, string Text)>(new CommandDefinition(
            "SELECT key_point, text FROM question_reports WHERE question_id = @Question AND status = 'accepted' AND kind = 'appeal' ORDER BY id",
            new { Question = question.ToString() },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new AcceptedAlternative(question, row.KeyPoint, row.Text))];
    }

    public async Task<IReadOnlyList<AcceptedAlternative>> AllAcceptedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Question, string KeyPoint, string Text)>(new CommandDefinition(
            "SELECT question_id, key_point, text FROM question_reports WHERE status = 'accepted' AND kind = 'appeal' ORDER BY question_id, id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new AcceptedAlternative(Core.Questions.QuestionId.Parse(row.Question), row.KeyPoint, row.Text))];
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private sealed record Row(long Id, string Kind, string QuestionId, string QuestionVersion, string? KeyPoint, string Text, string Platform, string UserId, long CreatedUtc, string Status)
    {
        public QuestionReport ToReport() => new(
            Id,
            Enum.Parse<ReportKind>(Kind, ignoreCase: true),
            Core.Questions.QuestionId.Parse(QuestionId),
            QuestionVersion,
            KeyPoint,
            Text,
            Platform,
            UserId,
            new DateTimeOffset(CreatedUtc, TimeSpan.Zero),
            Enum.Parse<ReportStatus>(Status, ignoreCase: true));
    }
}
