namespace Coach.Core.App;

/// <summary>What a person is in the workspace Coach is installed in, as far as its platform says.</summary>
public enum PlatformRole
{
    /// <summary>A guest (Slack's single- and multi-channel guests): never changes a channel's settings.</summary>
    Guest,

    Member,

    /// <summary>A workspace admin or owner.</summary>
    Admin,
}
