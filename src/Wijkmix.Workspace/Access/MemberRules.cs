using Wijkmix.Workspace.Internal;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Access;

/// <summary>A checked invitation: who, for which organisation, in which role.</summary>
public sealed record InviteValues(string Email, string Organisation, WorkspaceRole Role);

/// <summary>The members page's rules: an invitation needs a valid address, an organisation and a role; a workspace keeps a coordinator.</summary>
public static class MemberRules
{
    public const int MaxOrganisation = 200;

    public static Checked<InviteValues> CheckInvite(string? email, string? organisation, WorkspaceRole role)
    {
        var address = FormValues.Trim(email);
        var name = FormValues.Trim(organisation);
        return !System.Net.Mail.MailAddress.TryCreate(address, out _) || name.Length is 0 or > MaxOrganisation || !Enum.IsDefined(role)
            ? Checked.Refused<InviteValues>("email", WorkspaceText.Format("MemberInvite", MaxOrganisation))
            : Checked.Valid(new InviteValues(address, name, role));
    }

    /// <summary>
    /// Why <paramref name="member"/> cannot get <paramref name="role"/>: no such member or role, or the last of the
    /// <paramref name="coordinators"/> would stop being coordinator; null when the change is allowed.
    /// </summary>
    public static string? CheckRoleChange(Membership? member, WorkspaceRole role, int coordinators)
    {
        if (member is null || !Enum.IsDefined(role))
        {
            return WorkspaceText.Get("MemberUnknown");
        }

        return member.Role == WorkspaceRole.Coordinator && role != WorkspaceRole.Coordinator && coordinators == 1
            ? WorkspaceText.Get("MemberLastCoordinator")
            : null;
    }
}
