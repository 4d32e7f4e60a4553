namespace Coach.Tests;

/// <summary>A deck with one of every mistake <c>validate</c> reports, each on a known line.</summary>
internal static class BrokenDeck
{
    // The good questions around the mistakes (2 and 4) still load.
    public const string Markdown = """
        # Broken deck

        ### 1. A question before any topic?
        Answer without a topic.

        ## Networking

        ### 2. What is a subnet?
        A range of addresses in a VPC.

        ### What is a route table?
        Where packets go.

        ### 2. A second question two?
        Duplicate number.

        ### 3. Where is my answer?

        ### 4. What is a NAT gateway?
        *   Lets private subnets reach out.
        *   Blocks unsolicited inbound traffic.

        ### 5.
        A number with no question.
        """;
}
