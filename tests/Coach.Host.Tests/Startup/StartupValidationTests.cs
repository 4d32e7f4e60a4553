using Coach.Core.Ports;
using Coach.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coach.Host.Tests.Startup;

/// <summary>
/// Every handler of the route table is registered when the routes are mapped, and the service is
/// built with its dependencies checked: one that needs something nobody registered stops the start,
/// named with what it lacks, rather than failing the first turn that reaches it.
/// </summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public void A_handler_whose_dependency_nobody_registered_stops_the_start_naming_both()
    {
        var failure = Should.Throw<AggregateException>(() => Build(services => services.RemoveAll<IQuestionReports>()));

        failure.Message.ShouldContain("Coach.Core.Features.Reports.ReportsAdminHandler");
        failure.Message.ShouldContain("Coach.Core.Ports.IQuestionReports");
    }

    [Fact]
    public async Task With_everything_registered_the_service_builds()
    {
        await using var app = Build(_ => { });

        app.Services.GetRequiredService<Coach.Core.App.CoachApp>().ShouldNotBeNull();
    }

    public void Dispose() => _data.Dispose();

    private WebApplication Build(Action<IServiceCollection> replace) => CoachWebApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", RepositoryPaths.Content,
            "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(_data.Path, "coach.db")}",
        ],
        replace);
}
