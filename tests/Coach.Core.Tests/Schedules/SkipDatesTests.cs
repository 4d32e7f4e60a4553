using Coach.Core.Schedules;

namespace Coach.Core.Tests.Schedules;

public sealed class SkipDatesTests
{
    [Fact]
    public void A_range_includes_both_ends()
    {
        SkipDates.TryParse("2026-12-24..2026-12-26", out var dates, out _).ShouldBeTrue();
        dates.ShouldBe([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26)]);
    }

    [Fact]
    public void One_date_is_a_range_of_one()
    {
        SkipDates.TryParse(" 2026-12-31 ", out var dates, out _).ShouldBeTrue();
        dates.ShouldBe([new DateOnly(2026, 12, 31)]);
    }

    [Theory]
    [InlineData("tomorrow", "is not a date or a range of dates")]
    [InlineData("2026-12-26..2026-12-24", "ends before it starts")]
    [InlineData("2026-01-01..2027-12-31", "skip at most 366 at once")]
    [InlineData("2026-13-01", "is not a date")]
    [InlineData("2026-12-24..", "is not a date")]
    public void Anything_else_is_refused_with_the_reason(string text, string reason)
    {
        SkipDates.TryParse(text, out var dates, out var error).ShouldBeFalse();
        dates.ShouldBeNull();
        error.ShouldContain(reason);
    }
}
