using System.Globalization;
using System.Net;
using System.Text;
using Wijkmix.Workspace.Actors;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte.Actoren;

/// <summary>A domain as the pages show it: form value, label in the current language, the letter on the map, and its CSS class.</summary>
public sealed record DomainInfo(ActorDomain Domain, string Key, string Letter)
{
    public string Label => ActorRules.DomainLabel(Domain);
}

/// <summary>The five domains of the actor analysis.</summary>
public static class ActorDomains
{
    public static IReadOnlyList<DomainInfo> All { get; } =
    [
        new(ActorDomain.Physical, ActorRules.DomainKey(ActorDomain.Physical), "F"),
        new(ActorDomain.Social, ActorRules.DomainKey(ActorDomain.Social), "S"),
        new(ActorDomain.Resident, ActorRules.DomainKey(ActorDomain.Resident), "B"),
        new(ActorDomain.Safety, ActorRules.DomainKey(ActorDomain.Safety), "V"),
        new(ActorDomain.Education, ActorRules.DomainKey(ActorDomain.Education), "O"),
    ];

    public static DomainInfo Of(ActorDomain domain) => All.First(d => d.Domain == domain);
}

/// <summary>
/// The actor map as server-side SVG: involvement left to right, influence bottom to top, four labelled quadrants,
/// one circle per actor with its domain letter and name. Actors on the same spot are stacked so all stay readable.
/// </summary>
public static class ActorMap
{
    public const int Width = 720;
    public const int Height = 560;
    private const int Left = 70;
    private const int Top = 36;
    private const int Right = 20;
    private const int Bottom = 84;

    /// <summary>The axes run from 1 to 5 with this much room beyond, so circles at 1 and 5 stay inside the plot.</summary>
    private const double Pad = 0.4;
    private const int Radius = 9;
    private const int Step = 22;
    private const int PerColumn = 4;
    private const int ColumnWidth = 150;

    /// <summary>The four quadrants: label (in the member's language), and whether it is the high half of influence and of involvement.</summary>
    public static IReadOnlyList<(string Label, bool HighInfluence, bool HighInvolvement)> Quadrants =>
    [
        (WorkspaceText.Get("QuadrantManageClosely"), true, true),
        (WorkspaceText.Get("QuadrantKeepSatisfied"), true, false),
        (WorkspaceText.Get("QuadrantKeepInformed"), false, true),
        (WorkspaceText.Get("QuadrantMonitor"), false, false),
    ];

    public static string Svg(IReadOnlyList<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        const int plotWidth = Width - Left - Right;
        const int plotHeight = Height - Top - Bottom;
        double X(double involvement) => Left + ((involvement - 1 + Pad) / (4 + (2 * Pad)) * plotWidth);
        double Y(double influence) => Top + ((5 + Pad - influence) / (4 + (2 * Pad)) * plotHeight);
        var s = new StringBuilder();
        var label = WorkspaceText.Format("ActorMapLabel", actors.Count);
        s.Append(CultureInfo.InvariantCulture, $"<svg class=\"actor-map\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(label)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        s.Append("<title>").Append(E(label)).Append("</title>");
        var midX = X(3);
        var midY = Y(3);
        foreach (var (name, highInfluence, highInvolvement) in Quadrants)
        {
            var x = highInvolvement ? midX : Left;
            var y = highInfluence ? Top : midY;
            var cls = "quadrant quadrant-" + (highInfluence ? "hoog" : "laag") + "-" + (highInvolvement ? "hoog" : "laag");
            s.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cls}\" x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(plotWidth / 2.0)}\" height=\"{F(plotHeight / 2.0)}\"/>");
            // Labels sit outside the plot (above it for high influence, below the ticks for low), so no actor covers them.
            var tx = highInvolvement ? Left + plotWidth : Left;
            var ty = highInfluence ? Top - 10 : Top + plotHeight + 42;
            s.Append(CultureInfo.InvariantCulture, $"<text class=\"quadrant-label\" x=\"{F(tx)}\" y=\"{F(ty)}\" text-anchor=\"{(highInvolvement ? "end" : "start")}\">{E(name)}</text>");
        }

        for (var v = 1; v <= 5; v++)
        {
            var text = v.ToString(CultureInfo.InvariantCulture);
            s.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(X(v))}\" y=\"{F(Top + plotHeight + 18)}\" text-anchor=\"middle\">{text}</text>");
            s.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(Left - 10)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{text}</text>");
        }

        s.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-label\" x=\"{F(Left + (plotWidth / 2.0))}\" y=\"{F(Height - 10)}\" text-anchor=\"middle\">{E(WorkspaceText.Get("ActorMapInvolvement"))}</text>");
        s.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"{F(-(Top + (plotHeight / 2.0)))}\" y=\"22\" text-anchor=\"middle\">{E(WorkspaceText.Get("ActorMapInfluence"))}</text>");
        foreach (var spot in actors.GroupBy(a => (a.Influence, a.Involvement)))
        {
            var group = spot.OrderBy(a => a.Organisation, StringComparer.CurrentCulture).ToList();
            var columns = (group.Count + PerColumn - 1) / PerColumn;
            for (var i = 0; i < group.Count; i++)
            {
                var actor = group[i];
                var column = i / PerColumn;
                var inColumn = Math.Min(PerColumn, group.Count - (column * PerColumn));
                var row = i % PerColumn;
                var cx = Math.Clamp(X(actor.Involvement) + ((column - ((columns - 1) / 2.0)) * ColumnWidth), Left + Radius, Width - Right - Radius);
                var cy = Y(actor.Influence) + ((row - ((inColumn - 1) / 2.0)) * Step);
                cy = Math.Clamp(cy, Top + Radius, Top + plotHeight - Radius);
                var domain = ActorDomains.Of(actor.Domain);
                var name = actor.Organisation.Length > 20 ? actor.Organisation[..19] + "…" : actor.Organisation;
                var nameLeft = cx + Radius + 4 + (name.Length * 7) > Width - Right;
                s.Append(CultureInfo.InvariantCulture, $"<g class=\"actor domein-{domain.Key}\">");
                s.Append("<title>").Append(E(WorkspaceText.Format("ActorMapPoint", actor.Organisation, domain.Label.ToLowerInvariant(), actor.Influence, actor.Involvement))).Append("</title>");
                s.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(cx)}\" cy=\"{F(cy)}\" r=\"{Radius}\"/>");
                s.Append(CultureInfo.InvariantCulture, $"<text class=\"letter\" x=\"{F(cx)}\" y=\"{F(cy + 4)}\" text-anchor=\"middle\">{domain.Letter}</text>");
                s.Append(CultureInfo.InvariantCulture, $"<text class=\"name\" x=\"{F(nameLeft ? cx - Radius - 4 : cx + Radius + 4)}\" y=\"{F(cy + 4)}\" text-anchor=\"{(nameLeft ? "end" : "start")}\">{E(name)}</text>");
                s.Append("</g>");
            }
        }

        s.Append("</svg>");
        return s.ToString();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
