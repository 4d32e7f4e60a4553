using Microsoft.Playwright;

namespace Coach.Playground.Tests.Browser;

/// <summary>Debian's Chromium, launched headless the way these tests need it: no sandbox, no GPU, no network of its own.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Under CI a missing browser fails the tests; elsewhere they skip with this reason.</summary>
    public static string? SkipReason =>
        IsInstalled || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Chromium is not installed at {ExecutablePath} (apt-get install chromium); browser tests skipped.";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        IsInstalled
            ? playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            })
            : throw new InvalidOperationException($"Chromium is required at {ExecutablePath} under CI: install the Debian package chromium.");
}
