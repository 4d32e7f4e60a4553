using Coach.Core.Questions;

namespace Coach.Core.Tests.Questions;

/// <summary>Chat markup as Slack and Teams send it, taken out of what is searched and graded.</summary>
public sealed class ChatMarkupTests
{
    [Theory]
    [InlineData("<@U0123ABC> what is macie", "what is macie")]
    [InlineData("<@U0123ABC|alice> what is macie", "what is macie")]
    [InlineData("<!channel> sg vs nacl", "sg vs nacl")]
    [InlineData("<!here> sg vs nacl", "sg vs nacl")]
    [InlineData("<!subteam^S0123|@security> imdsv2", "imdsv2")]
    [InlineData("<#C0SEC1234|security> envelope encryption", "security envelope encryption")]
    [InlineData("<https://aws.amazon.com/macie/|macie> what is it", "macie what is it")]
    [InlineData("see <https://docs.aws.amazon.com/kms/> for kms", "see https://docs.aws.amazon.com/kms/ for kms")]
    [InlineData("<at>Coach</at> what is macie", "what is macie")]
    [InlineData("ask <at>Coach Bot</at>   sg vs nacl", "ask sg vs nacl")]
    [InlineData("what is macie", "what is macie")]
    [InlineData("2 < 3 and x > y, <b>bold</b> as typed", "2 < 3 and x > y, <b>bold</b> as typed")]
    public void Mentions_broadcasts_and_link_brackets_go_and_channel_names_and_link_labels_stay(string typed, string searched) =>
        ChatMarkup.Strip(typed).ShouldBe(searched);
}
