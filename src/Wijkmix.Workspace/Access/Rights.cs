using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.Access;

/// <summary>What a member may do in a workspace.</summary>
public enum Right
{
    /// <summary>Read every page and the report.</summary>
    View,

    /// <summary>Answer the routekaart's steps.</summary>
    AnswerRoutekaart,

    /// <summary>Edit actors, interventions, goals, results and risks.</summary>
    EditPlan,

    /// <summary>Add and edit initiatives on the schatkaart.</summary>
    EditSchatkaart,

    /// <summary>Enter a residents' proposal for the wijkfonds.</summary>
    ProposeToFund,

    /// <summary>Record pledges and payments into the wijkfonds.</summary>
    Contribute,

    /// <summary>Record the alliance's decision on a proposal, with the votes.</summary>
    DecideFund,

    /// <summary>Upload aggregated partner figures and survey results.</summary>
    UploadData,

    /// <summary>Download (suppressed) partner figures.</summary>
    ExportData,

    /// <summary>Invite members and change roles.</summary>
    ManageMembers,

    /// <summary>Read the audit log.</summary>
    ViewAudit,

    /// <summary>Set the rule that flags complexes, and whether partners see their own complexes in detail.</summary>
    SetComplexRules,
}

/// <summary>The one table of which role may do what; every page and endpoint asks it.</summary>
public static class Rights
{
    private static readonly Right[] ViewerSet = [Right.View];

    private static readonly Right[] ResidentSet =
        [Right.View, Right.AnswerRoutekaart, Right.EditSchatkaart, Right.ProposeToFund];

    private static readonly Right[] PartnerSet =
    [
        Right.View, Right.AnswerRoutekaart, Right.EditPlan, Right.EditSchatkaart,
        Right.ProposeToFund, Right.Contribute, Right.UploadData, Right.ExportData,
    ];

    /// <summary>True when <paramref name="role"/> has <paramref name="right"/>; a coordinator has all.</summary>
    public static bool Allows(WorkspaceRole role, Right right) => role switch
    {
        WorkspaceRole.Coordinator => true,
        WorkspaceRole.Partner => PartnerSet.Contains(right),
        WorkspaceRole.ResidentRepresentative => ResidentSet.Contains(right),
        _ => ViewerSet.Contains(right),
    };

    /// <summary>The Dutch name of a role, as the pages show it.</summary>
    public static string Dutch(WorkspaceRole role) => role switch
    {
        WorkspaceRole.Coordinator => "coördinator",
        WorkspaceRole.Partner => "partner",
        WorkspaceRole.ResidentRepresentative => "bewonersvertegenwoordiger",
        _ => "kijker",
    };
}
