using Coach.Core.Questions;

namespace Coach.Core.Ports;

/// <summary>Reports and appeals made from chat, and the phrases accepted from appeals.</summary>
public interface IQuestionReports
{
    /// <returns>The stored report, with its number.</returns>
    Task<QuestionReport> AddAsync(QuestionReport report, CancellationToken cancellationToken);

    /// <summary>The open reports, oldest first.</summary>
    Task<IReadOnlyList<QuestionReport>> ListOpenAsync(int limit, CancellationToken cancellationToken);

    Task<QuestionReport?> FindAsync(long number, CancellationToken cancellationToken);

    /// <summary>Closes or accepts an open report; false when it is not open (or does not exist).</summary>
    Task<bool> ResolveAsync(long number, ReportStatus status, string resolvedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The accepted appeals' phrases for a question.</summary>
    Task<IReadOnlyList<AcceptedAlternative>> AcceptedAsync(QuestionId question, CancellationToken cancellationToken);

    /// <summary>Every accepted phrase, for <c>coach validate</c>.</summary>
    Task<IReadOnlyList<AcceptedAlternative>> AllAcceptedAsync(CancellationToken cancellationToken);
}
