using Wijkmix.Workspace.Internal;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Actors;

/// <summary>What the actor form sends, kept as typed (trimmed) so a refused save loses nothing.</summary>
public sealed record ActorForm(int Id, int Version, string Organisation, string Domain, string Role, string Influence, string Involvement, string ContactPerson)
{
    public static ActorForm Empty { get; } = new(0, 0, "", ActorRules.DomainKey(ActorDomain.Physical), "", "3", "3", "");

    public static ActorForm Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Id, actor.Version, actor.Organisation, ActorRules.DomainKey(actor.Domain), actor.Role,
            FormValues.Invariant(actor.Influence), FormValues.Invariant(actor.Involvement), actor.ContactPerson);
    }

    public static ActorForm Posted(int id, int version, string? organisation, string? domain, string? role, string? influence, string? involvement, string? contact) =>
        new(id, version, FormValues.Trim(organisation), domain ?? "", FormValues.Trim(role), influence ?? "", involvement ?? "", FormValues.Trim(contact));
}

/// <summary>An actor's checked values.</summary>
public sealed record ActorValues(string Organisation, ActorDomain Domain, string Role, int Influence, int Involvement, string ContactPerson);

/// <summary>The actor analysis' rules: an organisation in one of five domains, influence and involvement from 1 to 5.</summary>
public sealed class ActorRules : ItemRules<ActorForm, ActorValues, Actor>
{
    public const int MaxText = 200;

    private static readonly (ActorDomain Domain, string Key)[] Domains =
    [
        (ActorDomain.Physical, "fysiek"),
        (ActorDomain.Social, "sociaal"),
        (ActorDomain.Resident, "bewoners"),
        (ActorDomain.Safety, "veiligheid"),
        (ActorDomain.Education, "onderwijs"),
    ];

    /// <summary>The domains in the order the pages list them.</summary>
    public static IEnumerable<ActorDomain> AllDomains => Domains.Select(d => d.Domain);

    /// <summary>The domain's form value, e.g. "fysiek".</summary>
    public static string DomainKey(ActorDomain domain) => Domains.First(d => d.Domain == domain).Key;

    /// <summary>The domain's name in the current language, e.g. "Fysiek".</summary>
    public static string DomainLabel(ActorDomain domain) => WorkspaceText.Get("Domain" + domain);

    public static ActorDomain? ParseDomain(string? key) =>
        Domains.Where(d => d.Key == key?.Trim().ToLowerInvariant()).Select(d => (ActorDomain?)d.Domain).FirstOrDefault();

    /// <summary>The values, or the first problem naming its field.</summary>
    public override Checked<ActorValues> Check(ActorForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Organisation.Length is 0 or > MaxText)
        {
            return Checked.Refused<ActorValues>("organisatie", WorkspaceText.Format("ActorOrganisation", MaxText));
        }

        if (ParseDomain(form.Domain) is not { } domain)
        {
            return Checked.Refused<ActorValues>("domein", WorkspaceText.Format("ActorDomain", string.Join(", ", AllDomains.Select(DomainLabel))));
        }

        if (form.Role.Length > MaxText || form.ContactPerson.Length > MaxText)
        {
            return Checked.Refused<ActorValues>(form.Role.Length > MaxText ? "rol" : "contactpersoon", WorkspaceText.Format("ActorRoleContact", MaxText));
        }

        if (!FormValues.Scale(form.Influence, out var influence))
        {
            return Checked.Refused<ActorValues>("invloed", WorkspaceText.Get("ActorInfluence"));
        }

        return FormValues.Scale(form.Involvement, out var involvement)
            ? Checked.Valid(new ActorValues(form.Organisation, domain, form.Role, influence, involvement, form.ContactPerson))
            : Checked.Refused<ActorValues>("betrokkenheid", WorkspaceText.Get("ActorInvolvement"));
    }

    protected override Actor New(int workspaceId, ActorValues values) => new() { WorkspaceId = workspaceId, Organisation = values.Organisation };

    protected override void Write(ActorValues values, Actor item) =>
        (item.Organisation, item.Domain, item.Role, item.Influence, item.Involvement, item.ContactPerson) =
            (values.Organisation, values.Domain, values.Role, values.Influence, values.Involvement, values.ContactPerson);

    public override string Missing(int id) => WorkspaceText.Get("ActorMissing");

    public override string Conflict(ActorForm form, Actor? current)
    {
        ArgumentNullException.ThrowIfNull(form);
        return WorkspaceText.Format("ConflictEdited", WorkspaceText.Format("ConflictSubjectActor", current?.Organisation ?? form.Organisation));
    }
}
