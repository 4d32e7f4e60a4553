namespace Coach.QuestionBank.Search;

/// <summary>
/// Optimal string alignment distance (insertions, deletions, substitutions, and swaps of
/// neighbours, which is how most typos happen: "maice"), given up past a bound.
/// </summary>
internal static class EditDistance
{
    /// <returns>The distance, or <c>bound + 1</c> as soon as it is certain to exceed <paramref name="bound"/>.</returns>
    public static int AtMost(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        // Three rows of the dynamic programme: two back (for swaps), one back, and this one.
        // Words are short, so the rows live on the stack; a pasted essay falls back to the heap.
        var width = b.Length + 1;
        var rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, twoBack[j - 2] + 1);
                }

                current[j] = best;
                rowMinimum = Math.Min(rowMinimum, best);
            }

            if (rowMinimum > bound)
            {
                return bound + 1;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}
