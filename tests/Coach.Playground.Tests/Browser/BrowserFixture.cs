using Microsoft.Playwright;

namespace Coach.Playground.Tests.Browser;

/// <summary>One Chromium for all browser tests; each test opens its own context (cookies, storage) in it.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);

        // Playwright's expectations wait five seconds by default, which a page's first connection on a
        // busy two-core CI machine has outlasted: they wait as long as the other tests' Eventually (30 s).
        // Still not a timing assertion: an expectation passes as soon as it holds.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class UsesBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
