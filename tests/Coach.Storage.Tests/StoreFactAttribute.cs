using Xunit.Abstractions;
using Xunit.Sdk;

namespace Coach.Storage.Tests;

/// <summary>
/// A storage test, written once in <see cref="StoreContractTests"/> and run by each provider's
/// class. In a class marked <see cref="RequiresPostgresAttribute"/> it is skipped, with the reason,
/// where PostgreSQL is not installed (never under CI; see <c>PostgresServer.SkipReason</c>).
/// </summary>
[XunitTestCaseDiscoverer("Coach.Storage.Tests.StoreFactDiscoverer", "Coach.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a storage test class that needs a PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests, skipping those of a class whose database is missing here.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any() && Coach.Tests.PostgresServer.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
