using Wijkmix.Web.Hosting;

return await WijkmixWeb.RunAsync(args).ConfigureAwait(false);
