using Coach.Core.Questions;

namespace Coach.QuestionBank.Tests.Grading;

/// <summary>
/// A dozen answers as people write them, each with the key points a human grader would mark
/// covered (by the label the deck gives each point). Graded by the default grader, words and meaning.
/// </summary>
public sealed class HandPickedAnswerTests(SeedBank seed) : IClassFixture<SeedBank>
{
    [Theory]
    [InlineData(17, "SGs only allow, NACLs can deny", "Deny")]
    [InlineData(17, "Security groups are stateful so replies are let back automatically, NACLs are stateless. SGs sit on the ENI, NACLs on the subnet.", "State", "Scope")]
    [InlineData(17, "NACL rules are processed in number order and the first match wins; a security group looks at all its rules.", "Rule Order")]
    [InlineData(1, "An SCP sets the maximum permissions for accounts in an OU of the organization and grants nothing by itself.", "SCP (Service Control Policy)")]
    [InlineData(1, "A permission boundary caps what identity policies can grant a role, useful when delegating admin to developers.", "Permission Boundary")]
    [InlineData(2, "Use AssumeRole into a role in the target account whose trust policy allows the source account, and never share access keys.", "AssumeRole", "Avoid")]
    [InlineData(4, "WAF is a layer 7 firewall against SQL injection and XSS. Shield is DDoS protection.", "AWS WAF (Web Application Firewall)", "AWS Shield")]
    [InlineData(5, "Gateway endpoints are for S3 and DynamoDB, added to the route table, free.", "Gateway Endpoints")]
    [InlineData(9, "Isolate it with a security group that blocks everything, snapshot the EBS volumes, and do not terminate until the evidence is captured.", "Isolate", "Capture", "Termination")]
    [InlineData(13, "Compliance mode: nobody, not even root, can delete during retention.", "Compliance Mode")]
    [InlineData(16, "Put Cognito or a Lambda authorizer in front, throttle requests, and attach WAF.", "Authentication/Authorization", "Throttling", "WAF")]
    [InlineData(20, "Sign images with AWS Signer and verify the signature in an admission controller; scan images in ECR for vulnerabilities.", "Image", "Signing")]
    public void Each_answer_covers_exactly_the_points_it_makes(int number, string answer, params string[] covered)
    {
        var question = seed.Bank.Find(new QuestionId("aws-security", number)).ShouldNotBeNull();

        var grade = seed.Combined.Grade(question, answer);

        grade.Covered.Select(point => Label(point.KeyPoint)).ShouldBe(covered, ignoreOrder: true);
        grade.Missed.ShouldAllBe(point => !covered.Contains(Label(point.KeyPoint)));
    }

    private static string Label(string keyPoint) => keyPoint.Split(':')[0];
}
