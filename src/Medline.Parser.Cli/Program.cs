using Medline.Parser.Cli;

return await MedlineCli.RunAsync(args, CliEnvironment.FromConsole()).ConfigureAwait(false);
