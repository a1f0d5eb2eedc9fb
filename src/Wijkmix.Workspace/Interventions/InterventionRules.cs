using System.Globalization;
using Wijkmix.Workspace.Internal;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Interventions;

/// <summary>What the intervention form sends, kept as typed (trimmed) so a refused save loses nothing.</summary>
public sealed record InterventionForm(
    int Id, int Version, string? CatalogueKey, string Name, string Kind, string Description, string Owner, string Start, string End,
    string Status, string Cost, string Areas, IReadOnlyList<int> Goals)
{
    public static InterventionForm Empty { get; } =
        new(0, 0, null, "", InterventionRules.KindKey(InterventionKind.Social), "", "", "", "", InterventionRules.StatusKey(InterventionStatus.Idea), "", "", []);

    public static InterventionForm Of(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Empty with { CatalogueKey = entry.Key, Name = entry.Name, Kind = InterventionRules.KindKey(entry.Kind), Description = entry.Description };
    }

    public static InterventionForm Of(Intervention item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Version, item.CatalogueKey, item.Name, InterventionRules.KindKey(item.Kind), item.Description, item.Owner,
            FormValues.Iso(item.Start), FormValues.Iso(item.End), InterventionRules.StatusKey(item.Status),
            item.Cost == 0 ? "" : item.Cost.ToString("0.##", InterventionRules.Dutch), item.AreaCodes, [.. item.Goals.Select(g => g.Id)]);
    }

    public static InterventionForm Posted(
        int id, int version, string? key, string? name, string? kind, string? description, string? owner, string? start, string? end,
        string? status, string? cost, string? areas, int[]? goals) =>
        new(id, version, string.IsNullOrWhiteSpace(key) ? null : key.Trim(), FormValues.Trim(name), kind ?? "", FormValues.Trim(description), FormValues.Trim(owner),
            FormValues.Trim(start), FormValues.Trim(end), status ?? "", FormValues.Trim(cost), string.Join(", ", InterventionRules.SplitCodes(areas)), goals ?? []);
}

/// <summary>An intervention's checked values; <see cref="Goals"/> are the linked goals, read when it is saved.</summary>
public sealed record InterventionValues(
    string? CatalogueKey, string Name, InterventionKind Kind, string Description, string Owner, DateOnly? Start, DateOnly? End,
    InterventionStatus Status, decimal Cost, string Areas, IReadOnlyList<int> GoalIds)
{
    public IReadOnlyList<Goal> Goals { get; init; } = [];
}

/// <summary>
/// The rules of a planned intervention: a name, a catalogue instrument or a kind, a period, a status, a cost in euros,
/// areas of the gemeente (<paramref name="isArea"/>, named <paramref name="municipalityName"/>, e.g. <paramref name="exampleArea"/>)
/// and goals of the workspace (<paramref name="goalIds"/>).
/// </summary>
public sealed class InterventionRules(string municipalityName, string exampleArea, Func<string, bool> isArea, IReadOnlyCollection<int> goalIds)
    : ItemRules<InterventionForm, InterventionValues, Intervention>
{
    public const int MaxText = 2_000;

    public const int MaxName = 200;

    private static readonly (InterventionKind Kind, string Key)[] KindKeys =
        [(InterventionKind.Physical, "fysiek"), (InterventionKind.Social, "sociaal"), (InterventionKind.Economic, "economisch")];

    private static readonly (InterventionStatus Status, string Key)[] StatusKeys =
    [
        (InterventionStatus.Idea, "idee"), (InterventionStatus.Planned, "gepland"), (InterventionStatus.Running, "lopend"),
        (InterventionStatus.Done, "afgerond"), (InterventionStatus.Stopped, "gestopt"),
    ];

    /// <summary>Amounts are typed and shown the Dutch way (12.500,50).</summary>
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The kinds in the order of the form: kind, form value, label in the current language.</summary>
    public static IReadOnlyList<(InterventionKind Kind, string Key, string Label)> Kinds =>
        [.. KindKeys.Select(k => (k.Kind, k.Key, WorkspaceText.Get("InterventionKind" + k.Kind)))];

    /// <summary>The statuses in the order of the form: status, form value, label in the current language.</summary>
    public static IReadOnlyList<(InterventionStatus Status, string Key, string Label)> Statuses =>
        [.. StatusKeys.Select(s => (s.Status, s.Key, WorkspaceText.Get("InterventionStatus" + s.Status)))];

    public static string KindKey(InterventionKind kind) => KindKeys.First(k => k.Kind == kind).Key;

    public static string StatusKey(InterventionStatus status) => StatusKeys.First(s => s.Status == status).Key;

    /// <summary>Area codes as typed (commas, semicolons or white space between), in upper case, each once.</summary>
    public static IReadOnlyList<string> SplitCodes(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The values, or the first problem naming its field.</summary>
    public override Checked<InterventionValues> Check(InterventionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return First(form) is { } problem
            ? Checked.Refused<InterventionValues>([problem])
            : Checked.Valid(Values(form));
    }

    public override string Missing(int id) => WorkspaceText.Get("InterventionMissing");

    public override string Conflict(InterventionForm form, Intervention? current)
    {
        ArgumentNullException.ThrowIfNull(form);
        return WorkspaceText.Format("ConflictEdited", WorkspaceText.Format("ConflictSubjectIntervention", current?.Name ?? form.Name));
    }

    protected override Intervention New(int workspaceId, InterventionValues values) =>
        new() { WorkspaceId = workspaceId, Name = values.Name, CatalogueKey = values.CatalogueKey };

    protected override void Write(InterventionValues values, Intervention item)
    {
        (item.Name, item.Kind, item.Description, item.Owner, item.Start, item.End, item.Status, item.Cost, item.AreaCodes) =
            (values.Name, values.Kind, values.Description, values.Owner, values.Start, values.End, values.Status, values.Cost, values.Areas);
        item.Goals.RemoveAll(g => !values.GoalIds.Contains(g.Id));
        item.Goals.AddRange(values.Goals.Where(g => item.Goals.All(h => h.Id != g.Id)));
    }

    private FieldProblem? First(InterventionForm form)
    {
        if (form.Name.Length is 0 or > MaxName)
        {
            return new("naam", WorkspaceText.Format("InterventionName", MaxName));
        }

        if (form.CatalogueKey is not null && InterventionCatalogue.Find(form.CatalogueKey) is null)
        {
            return new("sleutel", WorkspaceText.Format("InterventionCatalogue", form.CatalogueKey));
        }

        if (form.CatalogueKey is null && KindKeys.All(k => k.Key != form.Kind))
        {
            return new("soort", WorkspaceText.Format("InterventionKindChoice", string.Join(", ", KindKeys.Select(k => k.Key))));
        }

        if (form.Description.Length > MaxText || form.Owner.Length > MaxName)
        {
            return new(form.Description.Length > MaxText ? "omschrijving" : "eigenaar", WorkspaceText.Format("InterventionDescriptionOwner", MaxText, MaxName));
        }

        return Dates(form) ?? Rest(form);
    }

    private static FieldProblem? Dates(InterventionForm form)
    {
        if (!FormValues.OptionalDate(form.Start, out var start))
        {
            return new("start", WorkspaceText.Format("InterventionStart", form.Start));
        }

        if (!FormValues.OptionalDate(form.End, out var end))
        {
            return new("eind", WorkspaceText.Format("InterventionEnd", form.End));
        }

        return start is { } s && end is { } e && e < s ? new("eind", WorkspaceText.Get("InterventionEndBeforeStart")) : null;
    }

    private FieldProblem? Rest(InterventionForm form)
    {
        if (StatusKeys.All(x => x.Key != form.Status))
        {
            return new("status", WorkspaceText.Format("InterventionStatusChoice", string.Join(", ", StatusKeys.Select(x => x.Key))));
        }

        if (!TryCost(form.Cost, out _))
        {
            return new("kosten", WorkspaceText.Format("InterventionCost", form.Cost));
        }

        if (SplitCodes(form.Areas).FirstOrDefault(code => !isArea(code)) is { } area)
        {
            return new("gebieden", WorkspaceText.Format("InterventionArea", area, municipalityName, exampleArea));
        }

        var unknownGoal = form.Goals.FirstOrDefault(g => !goalIds.Contains(g));
        return unknownGoal != 0 ? new("doelen", WorkspaceText.Format("InterventionGoal", unknownGoal)) : null;
    }

    private static InterventionValues Values(InterventionForm form)
    {
        FormValues.OptionalDate(form.Start, out var start);
        FormValues.OptionalDate(form.End, out var end);
        TryCost(form.Cost, out var cost);
        var kind = InterventionCatalogue.Find(form.CatalogueKey)?.Kind ?? KindKeys.FirstOrDefault(k => k.Key == form.Kind).Kind;
        var status = StatusKeys.First(x => x.Key == form.Status).Status;
        return new(form.CatalogueKey, form.Name, kind, form.Description, form.Owner, start, end, status, cost, form.Areas, form.Goals);
    }

    /// <summary>An amount in euros as typed ("€ 12.500", "12500,50"): empty is zero; at most a million million.</summary>
    private static bool TryCost(string text, out decimal cost)
    {
        cost = 0;
        var t = text.Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return t.Length == 0 || (decimal.TryParse(t, NumberStyles.Number, Dutch, out cost) && cost >= 0 && cost <= 1_000_000_000_000m);
    }
}
