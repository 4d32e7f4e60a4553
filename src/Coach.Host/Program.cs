using Coach.Host;
using Coach.Host.Cli;

// A verb (ask, list, validate) runs once and exits; anything else runs the service.
if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

await CoachWebApp.Build(args).RunAsync();
return 0;
