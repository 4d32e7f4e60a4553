using System.Text;
using Coach.Slack.Receivers;

namespace Coach.Slack.Tests;

/// <summary>The example of Slack's "Verifying requests from Slack" page, and what must not pass.</summary>
public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

    private static readonly DateTimeOffset Then = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Slack_s_documented_example_verifies()
    {
        SlackSignature.Sign(Secret, Timestamp, Body).ShouldBe(Expected);
        SlackSignature.Verify(Secret, Timestamp, Expected, Body, Then.AddSeconds(30)).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void One_changed_byte_does_not()
    {
        var changed = (byte[])Body.Clone();
        changed[^1] ^= 1;
        SlackSignature.Verify(Secret, Timestamp, Expected, changed, Then).ShouldBe(SignatureCheck.Mismatch);
        SlackSignature.Verify(Secret, Timestamp, Expected[..^1] + "0", Body, Then).ShouldBe(SignatureCheck.Mismatch);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_more_than_five_minutes_away_either_way_is_stale(int seconds)
    {
        SlackSignature.Verify(Secret, Timestamp, Expected, Body, Then.AddSeconds(-seconds)).ShouldBe(SignatureCheck.Stale);
    }

    [Theory]
    [InlineData(null, Expected)]
    [InlineData(Timestamp, null)]
    [InlineData("", Expected)]
    public void A_missing_header_is_missing(string? timestamp, string? signature)
    {
        SlackSignature.Verify(Secret, timestamp, signature, Body, Then).ShouldBe(SignatureCheck.Missing);
    }

    [Fact]
    public void A_timestamp_that_is_not_a_number_is_stale()
    {
        SlackSignature.Verify(Secret, "soon", Expected, Body, Then).ShouldBe(SignatureCheck.Stale);
    }
}
