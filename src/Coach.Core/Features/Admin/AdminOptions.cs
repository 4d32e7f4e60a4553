namespace Coach.Core.Features.Admin;

/// <summary><c>Coach:Admins</c>: user ids, of any platform, that may change any channel's daily question.</summary>
public sealed class AdminOptions
{
    public const string Section = "Coach";

    public IList<string> Admins { get; } = [];
}
