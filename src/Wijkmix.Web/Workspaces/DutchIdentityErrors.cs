using Microsoft.AspNetCore.Identity;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Workspaces;

/// <summary>Identity's account messages in the member's language, Dutch by default (the ones the pages can show).</summary>
internal sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = WorkspaceText.Format("IdentityDuplicateEmail", email) };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = WorkspaceText.Format("IdentityDuplicateUserName", userName) };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = WorkspaceText.Format("IdentityInvalidEmail", email) };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = WorkspaceText.Format("IdentityInvalidUserName", userName) };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = WorkspaceText.Format("IdentityPasswordTooShort", length) };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = WorkspaceText.Format("IdentityPasswordUniqueChars", uniqueChars) };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = WorkspaceText.Get("IdentityConcurrencyFailure") };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = WorkspaceText.Get("IdentityDefaultError") };
}
