using Microsoft.AspNetCore.Identity;

namespace MuscleKnotGuide.Web.Pages.Account;

/// <summary>Identity's errors in the words the rest of the app uses.</summary>
public static class AccountMessages
{
    public static string Describe(IdentityError error) => error.Code switch
    {
        // No email is sent, so registration cannot hide that an email is taken; it says no more than that.
        "DuplicateUserName" or "DuplicateEmail" => "This email can't be used to create an account. If you already have one, sign in instead.",
        "InvalidEmail" or "InvalidUserName" => "Enter a valid email address, like name@example.com.",
        "PasswordTooShort" => "Use at least 8 characters (a longer passphrase is even better).",
        "PasswordMismatch" => "That is not your current password.",
        _ => error.Description,
    };
}
