namespace Wijkmix.Web.Pdf;

/// <summary>Registers the one <see cref="ChromiumPdf"/> renderer from the settings (<c>Wijkmix:Chromium</c>, <c>Wijkmix:PdfTimeoutSeconds</c>).</summary>
internal static class PdfHosting
{
    public const int DefaultTimeoutSeconds = 60;

    public static void AddPdfRendering(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var executable = ChromiumPdf.Find(configuration[ChromiumPdf.Setting], Environment.GetEnvironmentVariable("PATH"));
        var timeout = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(ChromiumPdf.TimeoutSetting, DefaultTimeoutSeconds)));
        builder.Services.AddSingleton(new ChromiumPdf(executable, timeout));
    }
}
