using Coach.Core.App;
using Coach.Core.Features.Admin;
using Coach.Core.Features.Ask;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Features.Forget;
using Coach.Core.Features.Help;
using Coach.Core.Features.Leaderboard;
using Coach.Core.Features.MockInterview;
using Coach.Core.Features.Progress;
using Coach.Core.Features.Reminders;
using Coach.Core.Features.Reports;
using Coach.Core.Features.Team;
using Coach.Core.Features.Welcome;

namespace Coach.Core;

/// <summary>Everything Coach responds to, top to bottom; the first matching line wins.</summary>
public static class CoachRoutes
{
    public static CoachRouteTable MapCoachRoutes(this CoachRouteTable routes) => routes
        .Use<IgnoreBotMessages>()
        .Command<AskHandler>("ask", withinAcknowledgement: true)
        .CoachVerb<ProgressHandler>("progress")
        .CoachVerb<InterviewDateHandler>("interview-date")
        .CoachVerb<ReminderHandler>("remind")
        .CoachVerb<AwayHandler>("away")
        .CoachVerb<LeaderboardHandler>("leaderboard")
        .CoachVerb<TeamHandler>("team")
        .CoachVerb<ForgetHandler>("forget")
        .CoachVerb<ReportsAdminHandler>("reports")
        .Command<CoachAdminHandler>("coach")
        .ThreadReply<FollowUpHandler>()
        .Action<RevealAnswerHandler>(CoachActions.RevealAnswer)
        .Action<CardAnswerHandler>(CoachActions.AnswerQuestion)
        .Action<ShowAnswerHandler>(CoachActions.ShowAnswer)
        .Action<ShareAnswerHandler>(CoachActions.ShareAnswer)
        .Action<MockInterviewActionHandler>(CoachActions.StartMockInterview)
        .Action<MockInterviewActionHandler>(CoachActions.SkipQuestion)
        .Action<MockInterviewActionHandler>(CoachActions.Hint)
        .Action<ReminderActionHandler>(CoachActions.RemindTomorrow)
        .Action<ReminderActionHandler>(CoachActions.StopReminders)
        .Action<ReminderActionHandler>(CoachActions.SetReminder)
        .Action<ReminderActionHandler>(CoachActions.ReminderSubmit)
        .Action<ForgetHandler>(CoachActions.ForgetConfirm)
        .Action<ReportHandler>(CoachActions.ReportProblem)
        .Action<ReportHandler>(CoachActions.ReportSubmit)
        .Action<ReportHandler>(CoachActions.AppealPoint)
        .Action<ReportHandler>(CoachActions.AppealSubmit)
        .DirectMessage<MockInterviewHandler>()
        .BotAdded<BotAddedHandler>()
        .HomeOpened<HomeOpenedHandler>()
        .Fallback<HelpHandler>();
}
