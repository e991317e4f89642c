using Microsoft.AspNetCore.Identity;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Signing in with an email and a password, where an email without an account fails exactly like a wrong password
/// (<see cref="UnknownEmailSignIns"/>). Failed tries count towards the lockout, unlike the templates' default.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UnknownEmailSignIns unknownEmails)
{
    public async Task<SignInResult> TryAsync(string email, string password, bool remember)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(email);
        return user is null
            ? unknownEmails.Attempt(users.NormalizeName(email) ?? email, password, users.PasswordHasher)
            : await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
    }
}
