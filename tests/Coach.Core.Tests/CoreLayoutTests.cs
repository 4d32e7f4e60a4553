using System.Reflection;
using Coach.Core.App;

namespace Coach.Core.Tests;

/// <summary>
/// The core's folders say one thing each: a feature slice never shares its name with a noun folder
/// beside it (<c>Features/Progress</c> and <c>Progress/</c>), and the ports, which storage and
/// platforms implement, name no feature's types.
/// </summary>
public sealed class CoreLayoutTests
{
    private const string Features = "Coach.Core.Features.";

    private static readonly Type[] CoreTypes = typeof(CoachApp).Assembly.GetTypes();

    [Fact]
    public void No_feature_shares_its_name_with_a_noun_folder()
    {
        var features = Namespaces().Where(name => name.StartsWith(Features, StringComparison.Ordinal)).Select(name => Stem(name[Features.Length..].Split('.')[0])).ToHashSet();
        var nouns = Namespaces().Where(name => !name.StartsWith(Features, StringComparison.Ordinal)).Select(name => Stem(name["Coach.Core.".Length..].Split('.')[0]));

        nouns.Where(features.Contains).Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void Ports_name_no_feature_s_types()
    {
        var leaks = from port in CoreTypes.Where(type => type.Namespace == "Coach.Core.Ports")
                    from method in port.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly)
                    from type in method.GetParameters().Select(parameter => parameter.ParameterType).Append(method.ReturnType).SelectMany(Unwrapped)
                    where type.Namespace?.StartsWith(Features, StringComparison.Ordinal) == true
                    select $"{port.Name}.{method.Name} uses {type.FullName}";

        leaks.ShouldBeEmpty();
    }

    private static IEnumerable<string> Namespaces() =>
        CoreTypes.Select(type => type.Namespace).OfType<string>().Where(name => name.StartsWith("Coach.Core.", StringComparison.Ordinal)).Distinct();

    // Schedule and Schedules, Interview and Interviews are one name.
    private static string Stem(string folder) => folder.TrimEnd('s').ToLowerInvariant();

    private static IEnumerable<Type> Unwrapped(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrapped).Prepend(type) : type.HasElementType ? Unwrapped(type.GetElementType()!) : [type];
}
