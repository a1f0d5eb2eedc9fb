using Wijkmix.Cli;

return WijkmixApp.Run(args, Console.Out, Console.Error);
