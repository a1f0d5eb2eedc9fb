using Microsoft.AspNetCore.Identity;

namespace Wijkmix.Workspace.Model;

/// <summary>An account: local (ASP.NET Core Identity) or signed in through the municipality's OpenID Connect provider.</summary>
public sealed class WorkspaceUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A site administrator (beheerder): may raise a workspace's suppression threshold. The first account is one.</summary>
    public bool IsAdministrator { get; set; }
}

/// <summary>An entity edited by several members at once: <see cref="Version"/> is checked on every update.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
