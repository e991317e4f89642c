using Microsoft.AspNetCore.Identity;

namespace MuscleKnotGuide.Web.Data;

public sealed class AppUser : IdentityUser
{
    /// <summary>How the app addresses the person and heads their printed plan; optional.</summary>
    public string? DisplayName { get; set; }

    /// <summary>IANA time zone id; decides which calendar day "today" is for this person.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>"system" (follow the device), "light" or "dark": see <see cref="ThemeChoice"/>.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(10)]
    public string ThemePreference { get; set; } = ThemeChoice.System;

    /// <summary>Whose emergency numbers and words the app shows this person (a <c>CareRegion</c> code); null: the site's default.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(2)]
    public string? CareRegion { get; set; }
}
