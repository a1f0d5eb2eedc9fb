using Wijkmix.Workspace.Internal;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Risks;

/// <summary>What the risk form sends, kept as typed (trimmed) so a refused save loses nothing.</summary>
public sealed record RiskForm(int Id, int Version, string Description, string Likelihood, string Impact, string Owner, string Measure, string ReviewDate)
{
    /// <summary>A new risk: middle likelihood and impact, review in three months.</summary>
    public static RiskForm Empty(DateOnly today) => new(0, 0, "", "3", "3", "", "", FormValues.Iso(today.AddMonths(3)));

    public static RiskForm Of(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new(risk.Id, risk.Version, risk.Description, FormValues.Invariant(risk.Likelihood), FormValues.Invariant(risk.Impact), risk.Owner, risk.Measure,
            FormValues.Iso(risk.ReviewDate));
    }

    public static RiskForm Posted(int id, int version, string? description, string? likelihood, string? impact, string? owner, string? measure, string? review) =>
        new(id, version, FormValues.Trim(description), likelihood ?? "", impact ?? "", FormValues.Trim(owner), FormValues.Trim(measure), FormValues.Trim(review));
}

/// <summary>A risk's checked values.</summary>
public sealed record RiskValues(string Description, int Likelihood, int Impact, string Owner, string Measure, DateOnly ReviewDate);

/// <summary>The risk register's rules (routekaart step 9): likelihood and impact from 1 to 5, a review date, bounded texts.</summary>
public sealed class RiskRules : ItemRules<RiskForm, RiskValues, Risk>
{
    public const int MaxText = 2_000;

    public const int MaxOwner = 200;

    /// <summary>The values, or the first problem naming its field.</summary>
    public override Checked<RiskValues> Check(RiskForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Description.Length is 0 or > MaxText)
        {
            return Checked.Refused<RiskValues>("omschrijving", WorkspaceText.Format("RiskDescription", MaxText));
        }

        if (!FormValues.Scale(form.Likelihood, out var likelihood))
        {
            return Checked.Refused<RiskValues>("kans", WorkspaceText.Format("RiskLikelihood", form.Likelihood));
        }

        if (!FormValues.Scale(form.Impact, out var impact))
        {
            return Checked.Refused<RiskValues>("impact", WorkspaceText.Format("RiskImpact", form.Impact));
        }

        if (form.Owner.Length > MaxOwner || form.Measure.Length > MaxText)
        {
            return Checked.Refused<RiskValues>(form.Owner.Length > MaxOwner ? "eigenaar" : "maatregel", WorkspaceText.Format("RiskOwnerMeasure", MaxOwner, MaxText));
        }

        return FormValues.Date(form.ReviewDate, out var review)
            ? Checked.Valid(new RiskValues(form.Description, likelihood, impact, form.Owner, form.Measure, review))
            : Checked.Refused<RiskValues>("herzien", WorkspaceText.Format("RiskReviewDate", form.ReviewDate));
    }

    protected override Risk New(int workspaceId, RiskValues values) => new() { WorkspaceId = workspaceId, Description = values.Description };

    protected override void Write(RiskValues values, Risk item) =>
        (item.Description, item.Likelihood, item.Impact, item.Owner, item.Measure, item.ReviewDate) =
            (values.Description, values.Likelihood, values.Impact, values.Owner, values.Measure, values.ReviewDate);

    public override string Missing(int id) => WorkspaceText.Get("RiskMissing");

    public override string Conflict(RiskForm form, Risk? current) => WorkspaceText.Format("ConflictEdited", WorkspaceText.Get("ConflictSubjectRisk"));
}
