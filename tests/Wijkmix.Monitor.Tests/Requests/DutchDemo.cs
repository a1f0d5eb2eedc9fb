using System.Globalization;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Answers;

namespace Wijkmix.Monitor.Tests.Requests;

/// <summary>The monitor's questions over the bundled data, asked in Dutch (the messages are compared word for word).</summary>
public abstract class DutchDemo : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    protected DutchDemo(DemoStore demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        Store = demo.Store;
        Views = new MonitorViews(new MonitorData(demo.Store));
        Utrecht = Views.Data.Municipalities.Single(m => m.Code.Value == "GM0344");
    }

    protected Data.Store.WijkmixStore Store { get; }

    protected MonitorViews Views { get; }

    protected Core.Areas.Area Utrecht { get; }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        GC.SuppressFinalize(this);
    }
}
