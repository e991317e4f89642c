namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// The one password length rule: Identity's required length (DataSetup) and the register and change-password forms
/// all read it, so the forms' message and Identity's check cannot drift apart.
/// </summary>
public static class PasswordLength
{
    public const int Min = 8;

    /// <summary>Long enough for any passphrase; a cap so a megabyte of "password" is never hashed.</summary>
    public const int Max = 128;

    public const string Message = "Use at least 8 characters (a longer passphrase is even better).";
}
