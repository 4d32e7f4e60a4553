namespace Coach.Tests;

/// <summary>
/// Waits for background work (a turn queue, retries) to show, checking every 100 ms for at most
/// 30 seconds, then asserts the condition. Not a timing assertion: only the outcome is checked.
/// </summary>
internal static class Eventually
{
    private const int Attempts = 300;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public static Task HoldsAsync(Func<bool> condition) => HoldsAsync(() => Task.FromResult(condition()));

    public static Task HoldsAsync(Func<Task<bool>> condition) => HoldsAsync(condition, () => "");

    /// <summary>As <see cref="HoldsAsync(Func{bool})"/>, saying what was seen instead when it never holds.</summary>
    public static Task HoldsAsync(Func<bool> condition, Func<string> seen) => HoldsAsync(() => Task.FromResult(condition()), seen);

    /// <summary>As <see cref="HoldsAsync(Func{Task{bool}})"/>, saying what was seen instead when it never holds.</summary>

    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<string> seen)
    {
        for (var attempt = 0; attempt < Attempts && !await condition(); attempt++)
        {
            await Task.Delay(Pause);
        }

        (await condition()).ShouldBeTrue(seen());
    }
}
