using System.ComponentModel.DataAnnotations;

namespace MuscleKnotGuide.Web.Pages.Account;

public sealed class ProfileForm
{
    [StringLength(100, ErrorMessage = "Keep your name under 100 characters.")]
    [Display(Name = "Your name (optional)")]
    public string? DisplayName { get; set; }

    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "UTC";
}
