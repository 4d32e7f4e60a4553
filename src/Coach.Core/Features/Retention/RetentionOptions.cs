namespace Coach.Core.Features.Retention;

/// <summary><c>Coach:Storage:KeepAnswersFor</c>: how long people's answers and replies are kept before housekeeping prunes them.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Coach:Storage";

    public TimeSpan KeepAnswersFor { get; set; } = TimeSpan.FromDays(365);
}
