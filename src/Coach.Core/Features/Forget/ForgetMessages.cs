using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Ports;

namespace Coach.Core.Features.Forget;

/// <summary>What <c>coach forget …</c> answers.</summary>
internal static class ForgetMessages
{
    public const string Me = "me";

    public static CoachMessage AskToConfirm(string target, string whose) => new(
        $"This deletes everything Coach keeps about {whose}: mock interview sessions and answers, spaced-repetition reviews, the interview date, the reminder, " +
        $"and daily-question replies (the channel's threads stay; the stored reply, name and score go). It cannot be undone. " +
        $"To go ahead, say {ChatCommand.Coach($"forget {target} confirm")} or press Forget.",
        [new ButtonRow([new Button(CoachActions.ForgetConfirm, "Forget", target)])]);

    public static CoachMessage Forgotten(string whose, ForgottenData data) => new(data.IsEmpty
        ? $"Coach kept nothing about {whose}; there was nothing to delete."
        : $"Deleted everything Coach kept about {whose}: {data.InterviewSessions} mock interview session(s) with {data.InterviewAnswers} answer(s), " +
          $"{data.ReviewStates} review state(s), {data.InterviewDates} interview date(s), {data.DailyReplies} daily-question reply(ies)" +
          (data.Routine > 0 ? ", the time zone, reminder, days away and dashboard" : "") +
          (data.Messages > 0 ? $", {data.Messages} playground message(s)." : "."));

    public static CoachMessage AdminsOnly { get; } = new($"Only admins can have Coach forget someone else; anyone can say {ChatCommand.Coach("forget me")}.");

    public static CoachMessage Usage { get; } = new($"{ChatCommand.Coach("forget me")} deletes what Coach keeps about you; an admin can say {ChatCommand.Coach("forget @person")}.");
}
