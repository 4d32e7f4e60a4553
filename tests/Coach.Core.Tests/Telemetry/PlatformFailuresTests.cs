using System.Net;
using Coach.Core.Telemetry;

namespace Coach.Core.Tests.Telemetry;

public sealed class PlatformFailuresTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.OK, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public void Only_server_errors_and_timeouts_count_against_the_circuit_never_a_rate_limit(HttpStatusCode status, bool breaks)
    {
        using var response = new HttpResponseMessage(status);

        PlatformFailures.BreakCircuit(response, null).ShouldBe(breaks);
    }

    [Fact]
    public void A_network_failure_counts_against_the_circuit() =>
        PlatformFailures.BreakCircuit(null, new HttpRequestException("connection refused")).ShouldBeTrue();
}
