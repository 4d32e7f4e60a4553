using System.Reflection;
using System.Text.RegularExpressions;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Channels;
using Coach.Core.Questions;
using Coach.Core.Schedules;

namespace Coach.Core.Tests.App;

/// <summary>
/// Every text the core can build carries no platform's markup: commands are <see cref="CommandRun"/>s
/// and the words around them are plain, so that Teams is never told to type <c>/coach</c> and no
/// client shows a stray backtick. Checked two ways: every static message and text the core
/// declares, built with sample arguments (empty, one, several), and every message of a scripted
/// tour of the commands, errors and interview words through the real engine.
/// </summary>
public sealed partial class CoreTextsTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Markup = ["`", "/coach", "/ask", "**", "<@", "<!", "<#", "ChatCommand", "Coach.Core."];

    public static TheoryData<string> Builders => [.. BuilderMembers().Select(Name)];

    [Theory]
    [MemberData(nameof(Builders))]
    public void A_message_the_core_declares_has_no_platform_markup(string builder)
    {
        var member = BuilderMembers().Single(candidate => Name(candidate) == builder);
        foreach (var size in new[] { 0, 1, 3 })
        {
            var built = member switch
            {
                PropertyInfo property => property.GetValue(null),
                MethodInfo method => method.Invoke(null, [.. method.GetParameters().Select(parameter => Sample(parameter.ParameterType, size))]),
                _ => throw new InvalidOperationException(builder),
            };
            MarkupIn(built).ShouldBeEmpty($"{builder} with samples of size {size}");
        }
    }

    [Fact]
    public void The_declared_messages_are_found()
    {
        var names = BuilderMembers().Select(Name).ToList();

        names.ShouldContain("HelpHandler.Message");
        names.ShouldContain("AdminReplies.Help");
        names.ShouldContain("MockInterviewMessages.Feedback");
        names.Count.ShouldBeGreaterThan(60);
    }

    [Fact]
    public async Task Nothing_Coach_says_on_a_tour_of_its_commands_and_errors_has_platform_markup()
    {
        await using var engine = await EngineHarness.StartAsync(Sunday);
        var channel = engine.Flow();
        foreach (var coach in new[]
        {
            "", "help", "frobnicate", "schedule", "schedule 0 9 * * MON-FRI Mars/Olympus", "schedule 0 9 * * MON-FRI UTC difficulty impossible",
            "status", "schedule 0 9 * * MON-FRI UTC", "status", "pause", "resume", "next", "next", "skip", "skip 2026-12-24", "topics",
            "leaderboard", "leaderboard never", "leaderboard hide-me", "leaderboard show-me", "progress", "interview-date", "interview-date 2020-01-01",
            "interview-date 2026-12-15", "progress", "interview-date clear", "forget", "forget me", "forget <@U0SOMEONE>", "reports", "reports accept 99",
            "reports close 99", "reports frobnicate",
        })
        {
            await channel.Command("coach", coach);
        }

        foreach (var ask in new[] { "", "what is macie", "sg vs nacl", "what is the capital of france" })
        {
            await channel.Command("ask", ask);
        }

        await channel.Command("frobnicate", "now");
        await channel.Mention("help");
        var me = engine.Flow();
        foreach (var words in new[]
        {
            "help", "stop", "resume", "abandon", "mock nosuchtopic", "mock hard 2", "mock", "hint", "hint", "repeat", "coach progress",
            "I think it is about encryption and keys", "skip", "stop", "mock 1", "abandon",
        })
        {
            await me.DirectMessage(words);
        }

        engine.Platform.Sent.Count.ShouldBeGreaterThan(50);
        engine.Platform.Sent.SelectMany(sent => MarkupIn(sent.Message)).ShouldBeEmpty();
        engine.Platform.Sent.SelectMany(sent => sent.Message.Texts).SelectMany(text => text.Commands).ShouldNotBeEmpty("help and usage lines name commands as commands");
    }

    /// <summary>What in <paramref name="built"/> (a message, a text) looks like one platform's markup.</summary>
    private static IEnumerable<string> MarkupIn(object? built) => built switch
    {
        CoachMessage message => message.Texts.SelectMany(MarkupIn).Concat(message.Parts.SelectMany(PlainStringsOf).SelectMany(MarkupInWords)),
        CoachText text => text.Runs.OfType<Words>().SelectMany(words => MarkupInWords(words.Text)),
        _ => throw new InvalidOperationException($"Expected a message or a text, got {built?.GetType().Name ?? "null"}."),
    };

    private static IEnumerable<string> MarkupInWords(string words) =>
        Markup.Where(mark => words.Contains(mark, StringComparison.Ordinal)).Concat(EmojiCode().Matches(words).Select(match => match.Value))
            .Select(mark => $"\"{mark}\" in \"{words}\"");

    private static IEnumerable<string> PlainStringsOf(MessagePart part) => part switch
    {
        ButtonRow row => row.Buttons.Select(button => button.Label),
        TextPrompt prompt => [prompt.Label, prompt.Placeholder],
        AnswerBox box => [box.Label, box.Placeholder],
        _ => [],
    };

    private static IEnumerable<MemberInfo> BuilderMembers()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(CoachMessage).Assembly.GetTypes().Where(type => type != typeof(CoachText) && !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))))
        {
            foreach (var property in type.GetProperties(Static).Where(property => IsText(property.PropertyType)))
            {
                yield return property;
            }

            foreach (var method in type.GetMethods(Static).Where(method => IsText(method.ReturnType) && !method.IsSpecialName && !method.IsGenericMethod && !method.Name.Contains('<', StringComparison.Ordinal)))
            {
                yield return method;
            }
        }
    }

    private static bool IsText(Type type) => type == typeof(CoachMessage) || type == typeof(CoachText);

    private static string Name(MemberInfo member) => $"{member.DeclaringType!.Name}.{member.Name}";

    /// <summary>A value of <paramref name="type"/> for a builder's parameter: <paramref name="size"/> 0 is empty, false or null; 1 and 3 fill it.</summary>
    private static object? Sample(Type type, int size)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return size == 0 ? null : Sample(inner, size);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(size % values.Length);
        }

        return type switch
        {
            _ when type == typeof(string) => size == 0 ? "" : "sample words",
            _ when type == typeof(int) => size,
            _ when type == typeof(long) => (long)size,
            _ when type == typeof(double) => size / 3.0,
            _ when type == typeof(bool) => size > 0,
            _ when type == typeof(DateOnly) => new DateOnly(2026, 12, 15).AddDays(-size * 10),
            _ when type == typeof(DateTimeOffset) => Sunday,
            _ when type == typeof(TimeSpan) => TimeSpan.FromSeconds(95 * size),
            _ when type == typeof(TimeOnly) => new TimeOnly(8, 30).AddMinutes(size * 15),
            _ when type == typeof(TimeZoneInfo) => TimeZoneInfo.FindSystemTimeZoneById(size == 1 ? "America/New_York" : "Europe/Berlin"),
            _ when type == typeof(QuestionId) => new QuestionId("aws-security", size + 1),
            _ when type == typeof(ChannelRef) => new ChannelRef("slack", "C0SAMPLE", IsDirect: size == 1),
            _ when type == typeof(DailySchedule) => DailySchedule.TryCreate("0 9 * * MON-FRI", "Europe/Berlin", null, out var schedule, out var error) ? schedule : throw new InvalidOperationException(error),
            _ when type == typeof(ChannelSettings) => new ChannelSettings(
                new ChannelRef("slack", "C0SAMPLE"), "0 9 * * MON-FRI", "Europe/Berlin", Strings(size), [.. Enumerable.Range(1, size).Select(day => new DateOnly(2026, 12, 20 + day))], size == 1, Sunday, size > 0 ? "U0ADMIN" : null, size == 3 ? Difficulty.Hard : null),
            _ when type == typeof(Func<QuestionId, Question?>) => (Func<QuestionId, Question?>)(id => size == 0 ? null : (Question)Sample(typeof(Question), size)!),
            _ when type.IsGenericType && type.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)) => List(type.GetGenericArguments()[0], size),
            _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlySet<>) => Set(type.GetGenericArguments()[0], size),
            _ when type.IsValueType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal) =>
                Activator.CreateInstance(type, [.. type.GetGenericArguments().Select(argument => Sample(argument, size))]),
            _ when type.Namespace?.StartsWith("Coach.", StringComparison.Ordinal) == true && !type.IsAbstract => Record(type, size),
            _ => throw new InvalidOperationException($"No sample for {type}: add one here so that the builders taking it are checked."),
        };
    }

    private static string[] Strings(int size) => [.. Enumerable.Range(1, size).Select(index => $"topic {index}")];

    private static Array List(Type element, int size)
    {
        var list = Array.CreateInstance(element, size);
        for (var index = 0; index < size; index++)
        {
            list.SetValue(Sample(element, index + 1), index);
        }

        return list;
    }

    private static object Set(Type element, int size)
    {
        var set = Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(element))!;
        var add = set.GetType().GetMethod("Add")!;
        foreach (var item in List(element, size))
        {
            add.Invoke(set, [item]);
        }

        return set;
    }

    /// <summary>One of Coach's records, by its widest constructor with a sample for every parameter.</summary>
    private static object Record(Type type, int size)
    {
        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(candidate => candidate.GetParameters().All(parameter => parameter.ParameterType != type))
            .MaxBy(candidate => candidate.GetParameters().Length)
            ?? throw new InvalidOperationException($"No sample for {type}: it has no constructor to build one with.");
        return constructor.Invoke([.. constructor.GetParameters().Select(parameter => Sample(parameter.ParameterType, size))]);
    }

    // Slack's emoji shortcodes (:bulb:) are Slack's; Coach's texts use the emoji themselves.
    [GeneratedRegex(":[a-z_]+:")]
    private static partial Regex EmojiCode();
}
