using Coach.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coach.Playground.Tests.Browser;

/// <summary>The playground page as a person uses it: pick who you are, type, open threads, press buttons.</summary>
internal sealed class PlaygroundPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The open conversation's messages (the channel, or the direct messages with Coach).</summary>
    public ILocator Messages => page.Locator("#messages .msg");

    public ILocator ThreadMessages => page.Locator("#thread-messages .msg");

    public ILocator CoachMessages => page.Locator("#messages .msg[data-author=coach]");

    public ILocator CoachThreadMessages => page.Locator("#thread-messages .msg[data-author=coach]");

    public static async Task<PlaygroundPage> OpenAsync(IBrowserContext context, Uri url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await Expect(page.Locator("body[data-connected=true]")).ToBeAttachedAsync();
        return new PlaygroundPage(page);
    }

    public async Task ReloadAsync(Uri url)
    {
        await page.GotoAsync(url.ToString());
        await Expect(page.Locator("body[data-connected=true]")).ToBeAttachedAsync();
    }

    public Task BeAsync(string name) => page.GetByLabel("You are").SelectOptionAsync(new SelectOptionValue { Label = name });

    public Task OpenChannelAsync() => page.GetByRole(AriaRole.Button, new() { Name = "#security-team" }).ClickAsync();

    public Task OpenDirectMessagesAsync() => page.Locator("#open-direct").ClickAsync();

    public async Task SendAsync(string text)
    {
        var composer = page.Locator("#composer-text");
        await composer.FillAsync(text);
        await composer.PressAsync("Enter");
        await Expect(composer).ToHaveValueAsync("");
    }

    public async Task ReplyInThreadAsync(string text)
    {
        var composer = page.GetByLabel("Reply in thread");
        await composer.FillAsync(text);
        await composer.PressAsync("Enter");
        await Expect(composer).ToHaveValueAsync("");
    }

    /// <summary>Opens the thread that <paramref name="message"/> starts.</summary>
    public static Task OpenThreadOfAsync(ILocator message) => message.Locator(".open-thread").ClickAsync();

    /// <summary>Keeps a picture of the page beside the test results, for a person to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "playground");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
