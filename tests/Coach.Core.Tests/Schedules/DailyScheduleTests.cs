using Coach.Core.Schedules;

namespace Coach.Core.Tests.Schedules;

public sealed class DailyScheduleTests
{
    private static DailySchedule Create(string cron, string zone, params DateOnly[] skip)
    {
        DailySchedule.TryCreate(cron, zone, skip.ToHashSet(), out var schedule, out var error).ShouldBeTrue(error);
        return schedule;
    }

    [Fact]
    public void Weekday_mornings_skip_the_weekend()
    {
        var schedule = Create("0 9 * * MON-FRI", "UTC");
        var friday = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

        schedule.NextSlotAfter(friday).ShouldBe(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(2026, 3, 26)]
    [InlineData(2026, 10, 22)]
    public void Nine_in_Berlin_stays_nine_in_Berlin_across_a_daylight_saving_change(int year, int month, int day)
    {
        var schedule = Create("0 9 * * *", "Europe/Berlin");
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var slots = new List<DateTimeOffset>();
        var after = new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 6; i++)
        {
            after = schedule.NextSlotAfter(after)!.Value;
            slots.Add(after);
        }

        slots.ShouldAllBe(slot => TimeZoneInfo.ConvertTime(slot, berlin).Hour == 9 && TimeZoneInfo.ConvertTime(slot, berlin).Minute == 0);
        slots.Select(slot => slot.UtcDateTime.Hour).Distinct().Count().ShouldBe(2, "the UTC hour moves by one at the change");
        slots.Select(schedule.LocalDate).ShouldBe(Enumerable.Range(1, 6).Select(n => new DateOnly(year, month, day).AddDays(n)));
    }

    [Fact]
    public void Skipped_dates_are_passed_over_in_the_channels_time_zone()
    {
        var holidays = new[] { new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26) };
        var schedule = Create("0 9 * * *", "America/New_York", holidays);

        var next = schedule.NextSlotAfter(new DateTimeOffset(2026, 12, 23, 18, 0, 0, TimeSpan.Zero))!.Value;

        schedule.LocalDate(next).ShouldBe(new DateOnly(2026, 12, 27));
        schedule.LatestSlotAtOrBefore(next.AddMinutes(-1))!.Value.ShouldBe(new DateTimeOffset(2026, 12, 23, 14, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_slot_at_exactly_now_is_the_latest_slot()
    {
        var schedule = Create("0 9 * * *", "UTC");
        var nine = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        schedule.LatestSlotAtOrBefore(nine).ShouldBe(nine);
    }

    [Fact]
    public void A_slot_missed_by_less_than_the_grace_window_is_still_posted()
    {
        var schedule = Create("0 9 * * *", "UTC");
        var decision = schedule.Decide(new DateTimeOffset(2026, 11, 30, 10, 59, 0, TimeSpan.Zero), TimeSpan.FromHours(2));

        decision.ShouldBe(SlotDecision.Post(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_slot_missed_by_more_than_the_grace_window_is_skipped()
    {
        var schedule = Create("0 9 * * *", "UTC");
        var decision = schedule.Decide(new DateTimeOffset(2026, 11, 30, 11, 1, 0, TimeSpan.Zero), TimeSpan.FromHours(2));

        decision.ShouldBe(SlotDecision.Missed(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("0 9 * *", "UTC", "'0 9 * *' is not a cron schedule")]
    [InlineData("99 9 * * *", "UTC", "'99 9 * * *' is not a cron schedule")]
    [InlineData("every morning", "UTC", "Five fields: minute hour day-of-month month day-of-week")]
    [InlineData("0 9 * * *", "Europe/Berln", "'Europe/Berln' is not a time zone")]
    [InlineData("0 9 * * *", "", "'' is not a time zone")]
    public void Invalid_cron_or_time_zone_is_refused_with_a_message_naming_it(string cron, string zone, string message)
    {
        DailySchedule.TryCreate(cron, zone, null, out var schedule, out var error).ShouldBeFalse();
        schedule.ShouldBeNull();
        error.ShouldContain(message);
    }
}
