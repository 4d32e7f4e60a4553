using Coach.Core.App;
using Coach.Core.Grading;
using Coach.Core.Questions;

namespace Coach.Core.Features.Reports;

/// <summary>
/// The buttons under a model answer: <i>Report a problem</i> always, and where the feedback is the
/// person's own, <i>I covered: …</i> for the first missed key points.
/// </summary>
internal static class ReportButtons
{
    private const int MaxAppeals = 2;
    private const int PointLabelLength = 40;

    public static ButtonRow For(Question question, AnswerGrade? ownGrade = null)
    {
        var appeals = ownGrade is null
            ? []
            : ownGrade.KeyPoints
                .Select((point, index) => (point, index))
                .Where(pair => !pair.point.Covered)
                .Take(MaxAppeals)
                .Select(pair => new Button(CoachActions.AppealPoint, $"I covered: {Short(pair.point.KeyPoint)}", AppealValue(question.Id, pair.index)));
        return new ButtonRow([.. appeals, Report(question)]);
    }

    /// <summary><i>Report a problem</i> alone, for a row that holds other buttons too.</summary>
    public static Button Report(Question question) => new(CoachActions.ReportProblem, "Report a problem", question.Id.ToString());

    public static string AppealValue(QuestionId question, int pointIndex) => $"{question}#{pointIndex}";

    /// <summary>The question and key point an appeal button or box names; false for anything else.</summary>
    public static bool TryReadAppeal(string value, out QuestionId question, out int pointIndex)
    {
        question = default;
        pointIndex = -1;
        var hash = value.LastIndexOf('#');
        if (hash <= 0
            || !int.TryParse(value.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pointIndex)
            || !QuestionId.TryParse(value[..hash], out var id))
        {
            return false;
        }

        question = id.Value;
        return true;
    }

    private static string Short(string point) => point.Length <= PointLabelLength ? point : point[..(PointLabelLength - 1)].TrimEnd() + "…";
}
