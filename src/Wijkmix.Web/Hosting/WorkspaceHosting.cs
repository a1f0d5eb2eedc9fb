using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Resources;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Hosting;

/// <summary>
/// The wijk workspaces: their store (SQLite beside the statistics store by default, or PostgreSQL), accounts
/// (ASP.NET Core Identity, optionally the municipality's OpenID Connect sign-in) and the services pages share.
/// </summary>
internal static class WorkspaceHosting
{
    /// <summary>Authentication scheme of the municipal sign-in, when <c>Wijkmix:Oidc:Authority</c> is set.</summary>
    public const string OidcScheme = "oidc";

    public static void AddWorkspaces(this WebApplicationBuilder builder, string storePath)
    {
        var configuration = builder.Configuration;
        var defaultFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, "werkruimte.db");
        var storage = WorkspaceStorage.From(configuration["Wijkmix:Werkruimte:Provider"], configuration.GetConnectionString("Werkruimte"), defaultFile);
        builder.Services.AddSingleton(storage);
        storage.Register(builder.Services);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        builder.Services.AddScoped<WorkspaceAudit>();

        builder.Services.AddIdentityCore<WorkspaceUser>(o =>
            {
                // NIST SP 800-63B: length over composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<WorkspaceDb>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddClaimsPrincipalFactory<WorkspaceClaims>()
            .AddDefaultTokenProviders();
        var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "wijkmix.id";
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS (also through a trusted reverse proxy, see ReverseProxy).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/inloggen";
            o.LogoutPath = "/account/uitloggen";
            o.AccessDeniedPath = "/fout/403";
            o.ReturnUrlParameter = "terug";
            // A program asking the API (closed reading) is told 401, not sent to a sign-in form.
            o.Events.OnRedirectToLogin = c =>
            {
                if (WijkmixWeb.IsApi(c.HttpContext) || c.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase))
                {
                    c.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    c.Response.Redirect(c.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
        if (configuration["Wijkmix:Oidc:Authority"] is { Length: > 0 } authority)
        {
            authentication.AddOpenIdConnect(OidcScheme, configuration["Wijkmix:Oidc:DisplayName"] ?? Text.OidcDisplayName, o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = authority;
                o.ClientId = configuration["Wijkmix:Oidc:ClientId"];
                o.ClientSecret = configuration["Wijkmix:Oidc:ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.CallbackPath = "/account/oidc";
                o.Scope.Add("email");
                o.RequireHttpsMetadata = !authority.StartsWith("http://127.0.0.1", StringComparison.Ordinal);
            });
        }

        // The identity cookie is checked against the account's security stamp on every request, so signing
        // out (which renews the stamp) ends every copy of the cookie at once, not after a validation interval.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddAuthorization();
    }

    /// <summary>Brings the workspace store's schema up to date (each provider with its own migrations).</summary>
    public static void MigrateWorkspaces(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkspaceDb>();
        db.Database.Migrate();
    }
}
