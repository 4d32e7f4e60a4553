namespace Coach.Core.Features.Admin;

/// <summary><c>/coach &lt;verb&gt; &lt;rest&gt;</c>, split once: the verb in lower case and the rest as typed.</summary>
internal readonly record struct AdminCommand(string Verb, string Rest)
{
    public static AdminCommand Parse(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? new AdminCommand(trimmed.ToLowerInvariant(), "")
            : new AdminCommand(trimmed[..space].ToLowerInvariant(), trimmed[(space + 1)..].Trim());
    }
}
