using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Json;
using Coach.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coach.Playground.Tests.Browser;

/// <summary>
/// The playground in Debian's Chromium against the real service on a loopback port: what a
/// newcomer does on their first run, checked the way they would see it.
/// </summary>
[Collection(UsesBrowser.Name)]
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class PlaygroundFlowTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly PlaygroundHost _host = new();
    private IBrowserContext? _context;
    private PlaygroundPage? _page;

    private PlaygroundPage Page => _page!;

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        if (Chromium.SkipReason is null)
        {
            _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            _page = await PlaygroundPage.OpenAsync(_context, _host.Url);
        }
    }

    [BrowserFact]
    public async Task Coach_welcomes_the_team_channel_on_first_start()
    {
        await Expect(Page.CoachMessages.First).ToContainTextAsync("Hi, I'm Coach.");
        await Page.ScreenshotAsync("welcome");
    }

    [BrowserFact]
    public async Task Report_a_problem_opens_a_text_box_whose_words_reach_the_admins_and_survive_a_message_arriving_meanwhile()
    {
        await Page.SendAsync("/ask what is macie");
        var answer = Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".card.answer") });
        await answer.GetByRole(AriaRole.Button, new() { Name = "Report a problem" }).ClickAsync();

        var prompt = Page.CoachMessages.Filter(new() { Has = Page.Page.Locator("form.prompt") });
        await Expect(prompt).ToContainTextAsync("What is wrong with the answer to \"What is Macie?\"");
        await prompt.GetByRole(AriaRole.Textbox).FillAsync("Macie now also scans RDS");

        // A colleague writes in the channel while Alice is still typing: the page draws the new message
        // without redrawing hers, so her words (and a button she might be pressing) stay where they are.
        using (var colleague = new HttpClient { BaseAddress = _host.Url })
        {
            (await colleague.PostAsJsonAsync(new Uri("/playground/messages", UriKind.Relative), new { user = "bob", conversation = PlaygroundWorkspace.TeamChannel.Id, text = "Morning all" }))
                .EnsureSuccessStatusCode();
        }

        await Expect(Page.Messages.Filter(new() { HasText = "Morning all" })).ToHaveCountAsync(1);
        await Expect(prompt.GetByRole(AriaRole.Textbox)).ToHaveValueAsync("Macie now also scans RDS");
        await prompt.GetByRole(AriaRole.Textbox).PressAsync("Enter");
        await Expect(Page.CoachMessages.Filter(new() { HasText = "Thanks: report #1 on \"aws-security/19\"" })).ToHaveCountAsync(1);

        await Page.SendAsync("/coach reports");
        await Expect(Page.CoachMessages.Filter(new() { HasText = "#1 aws-security/19 — problem: \"Macie now also scans RDS\"" })).ToHaveCountAsync(1);
        await Page.ScreenshotAsync("report");
    }

    [BrowserFact]
    public async Task Ask_shows_the_model_answer_privately_and_declines_what_the_bank_does_not_cover()
    {
        await Page.SendAsync("/ask what is macie");

        var answer = Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".card.answer") });
        await Expect(answer).ToHaveCountAsync(1);
        await Expect(answer.Locator(".card .title")).ToHaveTextAsync("Model answer: What is Macie?");
        await Expect(answer.Locator(".markdown")).ToContainTextAsync("discover and protect sensitive data");
        await Expect(answer.Locator(".visibility")).ToHaveTextAsync("Only visible to you");

        await Page.SendAsync("/ask what is the capital of france");

        var declined = Page.CoachMessages.Filter(new() { HasText = "No confident match for \"what is the capital of france\"" });
        await Expect(declined).ToHaveCountAsync(1);
        await Expect(declined).ToContainTextAsync("The question bank covers Identity & Access Management (IAM)");
        await Expect(declined.Locator(".card")).ToHaveCountAsync(0);
        await Expect(answer).ToHaveCountAsync(1);
        await Page.ScreenshotAsync("ask");
    }

    [BrowserFact]
    public async Task A_suggestion_button_shows_that_answer()
    {
        await Page.SendAsync("/ask what is macie");
        await Page.Page.GetByRole(AriaRole.Button, new() { Name = "How does AWS KMS Envelope Encryption work?" }).ClickAsync();

        await Expect(Page.Messages.Locator(".card.answer .title").Last).ToHaveTextAsync("Model answer: How does AWS KMS Envelope Encryption work?");
    }

    [BrowserFact]
    public async Task The_first_reply_in_a_question_thread_brings_the_model_answer_once_and_later_replies_get_private_feedback()
    {
        await Page.SendAsync("/coach next");
        var question = Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".card.question") });
        await Expect(question).ToHaveCountAsync(1);
        await Expect(question).ToContainTextAsync("Question of the day");

        await PlaygroundPage.OpenThreadOfAsync(question);
        await Page.ReplyInThreadAsync("I would use least privilege IAM policies, encrypt data with KMS and log everything to CloudTrail.");

        var modelAnswer = Page.CoachThreadMessages.Filter(new() { Has = Page.Page.Locator(".card.answer") });
        await Expect(modelAnswer).ToHaveCountAsync(1);
        await Expect(modelAnswer).ToContainTextAsync("with feedback on Alice Chen's reply");
        await Expect(modelAnswer.Locator(".visibility")).ToHaveCountAsync(0);
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Reveal answer" })).ToHaveCountAsync(0);

        await Page.BeAsync("Bob Okafor");
        await Page.ReplyInThreadAsync("Turn on GuardDuty and rotate the access keys.");

        var privateFeedback = Page.CoachThreadMessages.Filter(new() { Has = Page.Page.Locator(".visibility") });
        await Expect(privateFeedback).ToHaveCountAsync(1);
        await Expect(privateFeedback).ToContainTextAsync("Your answer to");
        await Expect(privateFeedback.Locator(".grade .score")).ToContainTextAsync("/100");
        await Expect(Page.ThreadMessages.Filter(new() { HasText = "Turn on GuardDuty" })).ToHaveCountAsync(1);
        await Page.ScreenshotAsync("daily-thread-bob");

        await Page.BeAsync("Alice Chen");
        await Expect(Page.ThreadMessages.Filter(new() { HasText = "Turn on GuardDuty" })).ToHaveCountAsync(1);
        await Expect(privateFeedback).ToHaveCountAsync(0);
        await Expect(modelAnswer).ToHaveCountAsync(1);
        await Expect(question.Locator(".open-thread")).ToHaveTextAsync("3 replies");
    }

    [BrowserFact]
    public async Task Reveal_answer_posts_the_model_answer_in_the_thread()
    {
        await Page.SendAsync("/coach next");
        var question = Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".card.question") });

        await question.GetByRole(AriaRole.Button, new() { Name = "Reveal answer" }).ClickAsync();

        await Expect(question.Locator(".open-thread")).ToHaveTextAsync("1 reply");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Reveal answer" })).ToHaveCountAsync(0);
        await PlaygroundPage.OpenThreadOfAsync(question);
        await Expect(Page.CoachThreadMessages.Locator(".card.answer")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task A_two_question_mock_interview_in_direct_messages_asks_a_follow_up_and_ends_with_a_scorecard()
    {
        await Page.OpenDirectMessagesAsync();
        await Page.SendAsync("mock iam 2");
        await Expect(Page.CoachMessages.Last).ToContainTextAsync("Question 1 of 2");
        var (answer, reply) = IamInterview.For(await Page.CoachMessages.Last.InnerTextAsync());

        await Page.SendAsync(answer);
        await Expect(Page.CoachMessages.Last).ToContainTextAsync("Follow-up (question 1 of 2): You did not mention");
        await Expect(Page.CoachMessages.Last.GetByRole(AriaRole.Button, new() { Name = "Skip" })).ToHaveCountAsync(1);
        await Expect(Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".grade") })).ToHaveCountAsync(0);
        await Page.ScreenshotAsync("follow-up");

        await Page.SendAsync(reply);
        await Expect(Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".grade") })).ToHaveCountAsync(1);
        await Expect(Page.CoachMessages.Filter(new() { HasText = "Your follow-up brought out" })).ToHaveCountAsync(1);
        await Expect(Page.CoachMessages.Last).ToContainTextAsync("Question 2 of 2");

        await Page.CoachMessages.Last.GetByRole(AriaRole.Button, new() { Name = "Skip" }).ClickAsync();

        var scorecard = Page.CoachMessages.Filter(new() { HasText = "Scorecard" });
        await Expect(scorecard).ToHaveCountAsync(1);
        await Expect(scorecard).ToContainTextAsync("only in the follow-up");
        await Expect(scorecard).ToContainTextAsync("skipped");
        await Expect(scorecard).ToContainTextAsync("Overall:");
        await Page.ScreenshotAsync("mock-interview");
    }

    [BrowserFact]
    public async Task Markup_in_what_people_type_is_shown_as_text_and_never_runs()
    {
        var dialogs = 0;
        Page.Page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        const string Hostile = "<img src=x onerror=alert(1)>";

        await Page.SendAsync(Hostile);
        await Page.SendAsync("/coach next");
        var question = Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".card.question") });
        await PlaygroundPage.OpenThreadOfAsync(question);
        await Page.ReplyInThreadAsync($"{Hostile} <script>alert(2)</script> encrypt with KMS");
        await Expect(Page.CoachThreadMessages.Locator(".grade")).ToHaveCountAsync(1);

        await Expect(Page.Messages.Locator(".user-text").Filter(new() { HasText = "<img" })).ToHaveTextAsync(Hostile);
        await Expect(Page.ThreadMessages.Locator(".user-text").Filter(new() { HasText = "<script>" })).ToHaveCountAsync(1);
        await Expect(Page.Page.Locator("#messages img, #thread-messages img, #messages script, #thread-messages script")).ToHaveCountAsync(0);
        dialogs.ShouldBe(0);
        await Page.ScreenshotAsync("escaping");
    }

    [BrowserFact]
    public async Task After_a_restart_the_history_threads_and_an_open_mock_interview_are_still_there()
    {
        await Page.SendAsync("/coach next");
        var question = Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".card.question") });
        await PlaygroundPage.OpenThreadOfAsync(question);
        await Page.ReplyInThreadAsync("Least privilege and encryption.");
        await Expect(Page.CoachThreadMessages.Locator(".card.answer")).ToHaveCountAsync(1);
        await Page.OpenDirectMessagesAsync();
        await Page.SendAsync("mock iam 2");
        await Expect(Page.CoachMessages.Last).ToContainTextAsync("Question 1 of 2");
        var (answer, reply) = IamInterview.For(await Page.CoachMessages.Last.InnerTextAsync());
        await Page.SendAsync(answer);
        await Expect(Page.CoachMessages.Last).ToContainTextAsync("Follow-up (question 1 of 2)");

        await _host.StopAsync();
        await _host.StartAsync();
        await Page.ReloadAsync(_host.Url);

        await Expect(Page.CoachMessages.Filter(new() { Has = Page.Page.Locator(".card.question") })).ToHaveCountAsync(1);
        await Expect(question.Locator(".open-thread")).ToHaveTextAsync("2 replies");
        await Page.OpenDirectMessagesAsync();
        await Expect(Page.CoachMessages.Last).ToContainTextAsync("Follow-up (question 1 of 2)");
        await Page.SendAsync(reply);
        await Expect(Page.CoachMessages.Last).ToContainTextAsync("Question 2 of 2");
        await Page.SendAsync("skip");

        var scorecard = Page.CoachMessages.Filter(new() { HasText = "Scorecard" });
        await Expect(scorecard).ToHaveCountAsync(1);
        await Expect(scorecard.Locator(".text")).ToContainTextAsync("Overall:");
        await Expect(scorecard.Locator(".text")).ToContainTextAsync("only in the follow-up");
        await Expect(Page.CoachMessages.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Question 1 of 2") })).ToHaveCountAsync(1);
        await Page.ScreenshotAsync("after-restart");
    }

    [BrowserFact]
    public async Task A_reminder_is_set_in_the_browsers_own_time_zone()
    {
        await using var auckland = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { TimezoneId = "Pacific/Auckland", ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await PlaygroundPage.OpenAsync(auckland, _host.Url);
        await page.OpenDirectMessagesAsync();

        await page.SendAsync("coach remind 07:15 daily");

        await Expect(page.CoachMessages.Last).ToContainTextAsync("I'll remind you at 07:15 every day (Pacific/Auckland time)");
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        await _host.DisposeAsync();
    }
}
