using Microsoft.AspNetCore.Identity;

namespace Wijkmix.Web.Workspaces;

/// <summary>Identity's account messages in Dutch (the ones the pages can show).</summary>
internal sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Er is al een account met het e-mailadres {email}." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Er is al een account met de naam {userName}." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"'{email}' is geen geldig e-mailadres." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"'{userName}' is geen geldige gebruikersnaam." };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens hebben." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens hebben." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Het account is intussen gewijzigd; probeer het opnieuw." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Er ging iets mis met het account." };
}
