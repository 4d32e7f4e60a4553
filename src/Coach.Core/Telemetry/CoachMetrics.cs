using System.Diagnostics;
using System.Diagnostics.Metrics;
using Coach.Core.App;
using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Telemetry;

/// <summary>
/// Coach's own measurements, on the <c>Coach</c> meter (System.Diagnostics.Metrics): exported with
/// OpenTelemetry when the host is configured to (Prometheus or OTLP), free when nobody listens.
/// </summary>
public sealed class CoachMetrics
{
    public const string MeterName = "Coach";

    private readonly Counter<long> _questionsPosted;
    private readonly Counter<long> _asks;
    private readonly Histogram<double> _askDuration;
    private readonly Histogram<double> _gradingDuration;
    private readonly Counter<long> _platformErrors;

    private readonly Meter _meter;

    public CoachMetrics(IMeterFactory meters)
    {
        var meter = _meter = meters.Create(MeterName);
        _questionsPosted = meter.CreateCounter<long>("coach.daily_questions.posted", "{question}", "Daily questions posted to channels.");
        _asks = meter.CreateCounter<long>("coach.asks", "{ask}", "Questions asked with /ask, by outcome (answered, suggested).");
        _askDuration = meter.CreateHistogram<double>("coach.ask.duration", "ms", "Time to find the answer to an /ask.");
        _gradingDuration = meter.CreateHistogram<double>("coach.grading.duration", "ms", "Time to grade one answer.");
        _platformErrors = meter.CreateCounter<long>("coach.platform.api_errors", "{error}", "Calls to Slack or Teams that failed (429, 5xx, timeouts, refusals), each attempt counted.");
    }

    /// <summary>Reports the length of the turn queue as <c>coach.queue.depth</c>.</summary>
    public void Observe(PendingTurns queue) =>
        _meter.CreateObservableGauge("coach.queue.depth", () => queue.Count, "{turn}", "Turns acknowledged to their platform and waiting for Coach.");

    public void QuestionPosted(ChannelRef channel) => _questionsPosted.Add(1, new KeyValuePair<string, object?>("platform", channel.Platform));

    public void Asked(string platform, bool answered, TimeSpan took)
    {
        var tags = new TagList { { "platform", platform }, { "outcome", answered ? "answered" : "suggested" } };
        _asks.Add(1, tags);
        _askDuration.Record(took.TotalMilliseconds, tags);
    }

    /// <summary>Grades <paramref name="answer"/>, measuring how long it took.</summary>
    public AnswerGrade Grade(IAnswerGrader grader, Question question, string answer)
    {
        var started = Stopwatch.GetTimestamp();
        var grade = grader.Grade(question, answer);
        _gradingDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return grade;
    }

    /// <param name="reason">An HTTP status code, <c>timeout</c>, <c>network</c>, or the platform's own error code.</param>
    public void PlatformError(string platform, string reason) =>
        _platformErrors.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("reason", reason));
}
