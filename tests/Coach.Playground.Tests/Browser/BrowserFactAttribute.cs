namespace Coach.Playground.Tests.Browser;

/// <summary>A test in a real browser: skipped with a reason when Chromium is missing, except under CI where that fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
