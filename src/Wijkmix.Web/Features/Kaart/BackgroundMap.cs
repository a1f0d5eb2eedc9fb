using System.Globalization;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Kaart;

/// <summary>
/// The optional background map under the choropleth: a tile URL template with <c>{z}</c>, <c>{x}</c> and <c>{y}</c> in the
/// Web Mercator (EPSG:3857) grid Leaflet uses, and its attribution. Empty (the default) means off: no tile is requested
/// and the content security policy allows no other image host. For the PDOK BRT-Achtergrondkaart set
/// <c>Wijkmix:BackgroundMap:Url</c> to
/// <c>https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png</c>: PDOK's WMTS in
/// REST form, one of the four themes standaard, grijs, pastel or water (PDOK, "BRT Achtergrondkaart (BRT-A)",
/// https://www.pdok.nl/ogc-apis/-/article/basisregistratie-topografie-achtergrondkaarten-brt-a-), tile matrix set
/// EPSG:3857, path {layer}/{crs}/{z}/{x}/{y}.{format} as used with Leaflet in
/// https://gist.github.com/mjepronk/6336184f11cc7a79134f593b2c225686; and <c>Wijkmix:BackgroundMap:Attribution</c> to
/// "Kaartgegevens © Kadaster (BRT-Achtergrondkaart)".
/// </summary>
public sealed record BackgroundMap(string? Url, string Attribution)
{
    public const string UrlSetting = "Wijkmix:BackgroundMap:Url";

    public const string AttributionSetting = "Wijkmix:BackgroundMap:Attribution";

    private static readonly string[] TilePlaceholders = ["{z}", "{x}", "{y}"];

    public static BackgroundMap Off { get; } = new(null, string.Empty);

    public bool IsOn => Url is not null;

    /// <summary>The scheme, host and port the tiles come from (for the CSP's img-src), or null when off.</summary>
    public string? Origin => Url is null ? null : new Uri(Url).GetLeftPart(UriPartial.Authority);

    /// <summary>Reads the settings; a URL that is not absolute http(s) or lacks {z}, {x} or {y} stops the start with a message naming the setting.</summary>
    public static BackgroundMap From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var url = configuration[UrlSetting]?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            return Off;
        }

        var valid = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && TilePlaceholders.All(p => url.Contains(p, StringComparison.Ordinal));
        if (!valid)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, Text.MapBackgroundBadUrl, UrlSetting, url));
        }

        return new BackgroundMap(url, configuration[AttributionSetting]?.Trim() ?? string.Empty);
    }
}
