namespace Coach.Core.App;

/// <summary>The action ids of Coach's buttons; adapters send them back unchanged.</summary>
public static class CoachActions
{
    /// <summary>Show a question's model answer; the value is the question id.</summary>
    public const string ShowAnswer = "show-answer";

    /// <summary>Post an answer that was shown to one person in the channel for everyone; the value is the question id.</summary>
    public const string ShareAnswer = "share-answer";

    /// <summary>Reveal a daily question's model answer in its thread; pressed on the question itself.</summary>
    public const string RevealAnswer = "reveal-answer";

    /// <summary>An answer typed into a question card's answer box, where the platform has one (Teams): it counts as a reply in the question's thread.</summary>
    public const string AnswerQuestion = "answer-question";

    /// <summary>Start a mock interview in the person's direct conversation with Coach; a value of question ids (space-separated) starts over those.</summary>
    public const string StartMockInterview = "mock-start";

    /// <summary>Skip the mock interview's current question.</summary>
    public const string SkipQuestion = "mock-skip";

    /// <summary>Show one key point of the mock interview's current question.</summary>
    public const string Hint = "mock-hint";

    /// <summary><i>Tomorrow</i> on a reminder: not today, and the reminder says when it comes next.</summary>
    public const string RemindTomorrow = "remind-tomorrow";

    /// <summary><i>Set reminder</i> on the dashboard: asks for the time in the direct conversation.</summary>
    public const string SetReminder = "remind-set";

    /// <summary>The reminder's time (and <c>daily</c>, if wanted), typed into the text box <see cref="SetReminder"/> shows.</summary>
    public const string ReminderSubmit = "remind-submit";

    /// <summary><i>Stop reminders</i> on a reminder: the person's reminder is cleared.</summary>
    public const string StopReminders = "remind-stop";

    /// <summary><i>Forget</i> under <c>coach forget me</c>: the value is whom (<c>me</c>, or an admin's <c>&lt;@U…&gt;</c>).</summary>
    public const string ForgetConfirm = "forget-confirm";

    /// <summary><i>Report a problem</i> under a model answer: asks what is wrong; the value is the question id.</summary>
    public const string ReportProblem = "report-problem";

    /// <summary>What is wrong with a model answer, typed into the report's text box; the value is the question id.</summary>
    public const string ReportSubmit = "report-submit";

    /// <summary><i>I covered this</i> under a missed key point: asks for the words; the value is <c>questionId#pointIndex</c>.</summary>
    public const string AppealPoint = "appeal-point";

    /// <summary>The words that covered a missed key point, typed into the appeal's text box; the value is <c>questionId#pointIndex</c>.</summary>
    public const string AppealSubmit = "appeal-submit";
}
