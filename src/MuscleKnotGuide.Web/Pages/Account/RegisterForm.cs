using System.ComponentModel.DataAnnotations;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Pages.Account;

public sealed class RegisterForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
    [StringLength(256, ErrorMessage = "The email address is too long.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [StringLength(100, ErrorMessage = "Keep your name under 100 characters.")]
    [Display(Name = "Your name (optional)")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(PasswordLength.Max, MinimumLength = PasswordLength.Min, ErrorMessage = PasswordLength.Message)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords don't match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";

    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "UTC";
}
