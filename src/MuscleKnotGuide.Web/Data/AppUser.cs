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

    /// <summary>
    /// The first day of the latest run of consecutive logged days, kept by every diary write
    /// (<c>LatestRunKeeper</c>) so the insights need not search years of diary on each view; null with
    /// <see cref="RunEnd"/> when not known (nothing logged, or not written since the run was first kept).
    /// </summary>
    public DateOnly? RunStart { get; set; }

    /// <summary>The last day of that run: the latest logged day.</summary>
    public DateOnly? RunEnd { get; set; }
}
