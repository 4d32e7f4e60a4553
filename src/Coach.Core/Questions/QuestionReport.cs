
namespace Coach.Core.Questions;

/// <summary>
/// Something a person said about a question from chat: a problem with its model answer
/// (<see cref="ReportKind.Problem"/>: "this is outdated"), or an appeal against a missed key point
/// (<see cref="ReportKind.Appeal"/>: "I covered this", with the words that covered it). Kept with the
/// question's version, so an admin can tell whether the answer has changed since.
/// </summary>
/// <param name="Number">Its number in <c>coach reports</c>, given by storage.</param>
/// <param name="KeyPoint">For an appeal: the key point the person says they covered.</param>
/// <param name="Text">The person's own words.</param>
public sealed record QuestionReport(
    long Number,
    ReportKind Kind,
    QuestionId Question,
    string QuestionVersion,
    string? KeyPoint,
    string Text,
    string Platform,
    string UserId,
    DateTimeOffset CreatedAt,
    ReportStatus Status = ReportStatus.Open);

public enum ReportKind
{
    Problem,
    Appeal,
}

public enum ReportStatus
{
    Open,

    /// <summary>An appeal an admin accepted: its words count for its key point from then on.</summary>
    Accepted,

    Closed,
}
