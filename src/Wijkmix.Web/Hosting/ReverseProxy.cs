using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Wijkmix.Web.Hosting;

/// <summary>
/// Running behind a municipality's reverse proxy (TLS ends there): <c>Wijkmix:ReverseProxy</c> names the
/// proxies (addresses or networks such as <c>10.0.0.0/8</c>, comma-separated) whose
/// <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> headers are believed. A request that arrived over
/// HTTPS then gets HSTS and Secure cookies; headers from anyone else are ignored.
/// </summary>
internal static class ReverseProxy
{
    public const string Setting = "Wijkmix:ReverseProxy";

    /// <summary>HSTS for one year; browsers remember to use HTTPS only for this host.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static void AddReverseProxySupport(this WebApplicationBuilder builder)
    {
        var proxies = (builder.Configuration[Setting] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the named proxies are believed (not loopback by default).
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = HstsMaxAge;
            o.IncludeSubDomains = false;
        });
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
    }

    /// <summary>
    /// Forwarded headers first (so everything after sees the client's scheme and address), then HSTS on
    /// HTTPS requests. Without named proxies the forwarded headers are not read at all: the middleware
    /// would believe anyone when its lists are empty.
    /// </summary>
    public static void UseReverseProxySupport(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration[Setting]))
        {
            app.UseForwardedHeaders();
        }

        app.UseHsts();
    }
}
