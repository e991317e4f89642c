using Microsoft.AspNetCore.Identity;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Refuses a password from the list of the most common ones, at registration and at a password change (OWASP ASVS
/// 2.1.7, NIST SP 800-63B 5.1.1.2): a guesser tries those first, and five tries an account are enough to find some.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    /// <summary>Starts with "Password" so the account forms show it next to the password field.</summary>
    public const string ErrorCode = "PasswordTooCommon";

    public const string Message = "This password is one of the 10,000 most common, so it is among the first a guesser tries. Choose another: a few unrelated words make a strong one.";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && CommonPasswords.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);
}
