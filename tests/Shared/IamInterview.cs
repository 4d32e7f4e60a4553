namespace Coach.Tests;

/// <summary>
/// A one-question mock interview on IAM that gets a follow-up, for tests that drive one over a
/// platform: for each of the seed deck's three IAM questions, an answer that gives only its last key
/// point (so the follow-up asks about its first) and a reply that gives the first. Core's
/// <c>FollowUpTests</c> checks each pair against the real grader.
/// </summary>
internal static class IamInterview
{
    public const string Start = "mock iam 1";

    public static IReadOnlyList<(string TitleWords, string Answer, string Reply)> Questions { get; } =
    [
        ("Permission Boundary",
            "A permission boundary sets the maximum permissions that an identity-based policy can grant to an IAM entity; it is often used when delegating admin rights to developers.",
            "An IAM policy defines permissions for an identity (a user or role) or a resource: it grants or denies actions."),
        ("cross-account access",
            "Avoid sharing access keys or secret keys, never do that.",
            "AssumeRole: create a role in the target account with a trust policy allowing the source account."),
        ("Confused Deputy",
            "This ensures the service assuming the role is acting on behalf of the expected resource.",
            "It is a security issue where an entity that doesn't have permission to perform an action can coerce a more privileged entity, the deputy, to perform the action."),
    ];

    /// <summary>The answer and the follow-up reply for the question whose asking is <paramref name="asked"/> (any text that holds its title).</summary>
    public static (string Answer, string Reply) For(string asked)
    {
        var (_, answer, reply) = Questions.Single(question => asked.Contains(question.TitleWords, StringComparison.OrdinalIgnoreCase));
        return (answer, reply);
    }
}
