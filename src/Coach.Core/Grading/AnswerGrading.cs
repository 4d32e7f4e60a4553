using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Telemetry;

namespace Coach.Core.Grading;

/// <summary>
/// Grading as people meet it: the question bank's grader, then, for each key point it found
/// missing, the phrases admins accepted from appeals (<c>coach reports accept N</c>). An answer
/// that covers an accepted phrase covers its key point, from the moment it is accepted, on every
/// replica: the phrases are read from storage, not written into the deck.
/// </summary>
public sealed class AnswerGrading(IAnswerGrader grader, IQuestionReports reports, CoachMetrics metrics)
{
    public async Task<AnswerGrade> GradeAsync(Question question, string answer, CancellationToken cancellationToken)
    {
        var grade = metrics.Grade(grader, question, answer);
        if (!grade.Missed.Any())
        {
            return grade;
        }

        var accepted = await reports.AcceptedAsync(question.Id, cancellationToken);
        return accepted.Count == 0 ? grade : WithAccepted(grade, question, answer, accepted, grader);
    }

    /// <summary>The grade with each missed point that an accepted phrase covers marked covered, and the score recomputed.</summary>
    public static AnswerGrade WithAccepted(AnswerGrade grade, Question question, string answer, IReadOnlyList<AcceptedAlternative> accepted, IAnswerGrader grader)
    {
        var points = grade.KeyPoints.Select(point =>
        {
            var phrases = point.Covered ? [] : accepted.Where(alternative => alternative.KeyPoint == point.KeyPoint).Select(alternative => alternative.Phrase).ToList();
            if (phrases.Count == 0)
            {
                return point;
            }

            // The phrases graded as if they were the question's key points: the same matching as the deck's own.
            var covering = grader.Grade(question with { KeyPoints = phrases }, answer).Covered.FirstOrDefault();
            return covering is null ? point : point with { Covered = true, Coverage = 1, Evidence = covering.Evidence };
        }).ToList();
        return AnswerGrade.From(points);
    }
}
