using System.Globalization;
using Wijkmix.Workspace.Internal;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Initiatives;

/// <summary>What the schatkaart form sends, untouched (lengths are checked as typed, values stored trimmed).</summary>
public sealed record InitiativeForm(
    string? Kind, string? Name, string? Who, string? What, string? Contact, string? Energy, string? Buurt, string? Latitude, string? Longitude);

/// <summary>An initiative's checked values.</summary>
public sealed record InitiativeValues(
    InitiativeKind Kind, string Name, string Who, string What, string Contact, Energy Energy, string BuurtCode, double? Latitude, double? Longitude);

/// <summary>
/// The schatkaart's rules: an initiative or meeting place with a name, bounded texts, an energy, optionally a buurt of
/// the workspace's area (<paramref name="buurtCodes"/>; <paramref name="areaName"/>, <paramref name="areaCode"/>) and a
/// point inside the Netherlands.
/// </summary>
public sealed class InitiativeRules(IReadOnlyCollection<string> buurtCodes, string areaName, string areaCode)
    : ItemRules<InitiativeForm, InitiativeValues, Initiative>
{
    /// <summary>The Netherlands' extent in WGS84, with a margin for the coast and the borders.</summary>
    public const double MinLatitude = 50.75, MaxLatitude = 53.56, MinLongitude = 3.35, MaxLongitude = 7.23;

    public const int MaxText = 200;

    public const int MaxWhat = 4_000;

    private static readonly CultureInfo NlNl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The kind's form value: "initiatief" or "ontmoetingsplek".</summary>
    public static string KindKey(InitiativeKind kind) => kind == InitiativeKind.Initiative ? "initiatief" : "ontmoetingsplek";

    public static InitiativeKind? ParseKind(string? key) =>
        key switch { "initiatief" => InitiativeKind.Initiative, "ontmoetingsplek" => InitiativeKind.MeetingPlace, _ => null };

    /// <summary>The energy's form value: "laag", "gemiddeld" or "hoog".</summary>
    public static string EnergyKey(Energy energy) => energy switch
    {
        Energy.Low => "laag",
        Energy.Medium => "gemiddeld",
        _ => "hoog",
    };

    public static Energy? ParseEnergy(string? key) => key switch
    {
        "laag" => Energy.Low,
        "gemiddeld" => Energy.Medium,
        "hoog" => Energy.High,
        _ => null,
    };

    /// <summary>Degrees as the pages show them (nl-NL, up to five decimals); empty for none.</summary>
    public static string Number(double? value) => value?.ToString("0.#####", NlNl) ?? string.Empty;

    /// <summary>The values, or the first problem naming its field.</summary>
    public override Checked<InitiativeValues> Check(InitiativeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var name = FormValues.Trim(form.Name);
        var buurt = FormValues.Trim(form.Buurt).ToUpperInvariant();
        var problem = ParseKind(form.Kind) is null ? new FieldProblem("soort", WorkspaceText.Get("InitiativeKind"))
            : name.Length is 0 or > MaxText ? new FieldProblem("naam", WorkspaceText.Format("InitiativeName", MaxText))
            : TooLong("wie", form.Who, MaxText, "FieldWho") ?? TooLong("wat", form.What, MaxWhat, "FieldWhat") ?? TooLong("contact", form.Contact, MaxText, "FieldContact")
            ?? (ParseEnergy(form.Energy) is null ? new FieldProblem("energie", WorkspaceText.Get("InitiativeEnergy"))
            : buurt.Length > 0 && !buurtCodes.Contains(buurt) ? new FieldProblem("buurt", WorkspaceText.Format("InitiativeBuurt", form.Buurt, areaName, areaCode))
            : null);
        var place = Place.Parse(form.Latitude, form.Longitude);
        if ((problem ?? place.Problem) is { } first)
        {
            return Checked.Refused<InitiativeValues>([first]);
        }

        return Checked.Valid(new InitiativeValues(ParseKind(form.Kind)!.Value, name, FormValues.Trim(form.Who), FormValues.Trim(form.What), FormValues.Trim(form.Contact),
            ParseEnergy(form.Energy)!.Value, buurt, place.Latitude, place.Longitude));
    }

    /// <summary>"Ten hoogste N tekens (veld 'X')." when the text as typed is longer than <paramref name="max"/>.</summary>
    private static FieldProblem? TooLong(string field, string? text, int max, string label) =>
        (text?.Length ?? 0) > max ? new FieldProblem(field, WorkspaceText.Format("TooLong", max, WorkspaceText.Get(label))) : null;

    public override string Missing(int id) => WorkspaceText.Format("InitiativeMissing", id);

    public override string Conflict(InitiativeForm form, Initiative? current)
    {
        ArgumentNullException.ThrowIfNull(form);
        return WorkspaceText.Format("InitiativeConflict", current?.Name ?? FormValues.Trim(form.Name));
    }

    protected override Initiative New(int workspaceId, InitiativeValues values) => new() { WorkspaceId = workspaceId, Name = values.Name };

    protected override void Write(InitiativeValues values, Initiative item) =>
        (item.Kind, item.Name, item.Who, item.What, item.Contact, item.Energy, item.BuurtCode, item.Latitude, item.Longitude) =
            (values.Kind, values.Name, values.Who, values.What, values.Contact, values.Energy, values.BuurtCode, values.Latitude, values.Longitude);
}
