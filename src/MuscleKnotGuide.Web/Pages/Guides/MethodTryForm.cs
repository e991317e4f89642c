using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Data;

namespace MuscleKnotGuide.Web.Pages.Guides;

/// <summary>
/// What a finished guided session and "I just did this" post, as typed. Both read it here into a
/// <see cref="MethodTry"/> stamped with the person's own day and time; the limits are <see cref="MethodTryRecorder.Check"/>.
/// </summary>
public sealed class MethodTryForm
{
    public string? PainBefore { get; set; }

    public string? PainAfter { get; set; }

    public string? Minutes { get; set; }

    /// <summary>The try to record, or null when a field is not a whole number (the problem is then in <paramref name="modelState"/>).</summary>
    public MethodTry? Read(string slug, ClaimsPrincipal user, TimeProvider clock, ModelStateDictionary modelState, string prefix)
    {
        var painBefore = Whole(PainBefore, $"{prefix}.{nameof(PainBefore)}", "Pain before", modelState);
        var painAfter = Whole(PainAfter, $"{prefix}.{nameof(PainAfter)}", "Pain now", modelState);
        var minutes = Whole(Minutes, $"{prefix}.{nameof(Minutes)}", "Minutes", modelState);
        if (!modelState.IsValid)
        {
            return null;
        }

        var now = TimeZoneChoices.Now(clock, user.TimeZoneId());
        return new MethodTry(user.UserId(), slug, minutes, painBefore, painAfter,
            DateOnly.FromDateTime(now), new TimeOnly(now.Hour, now.Minute), clock.GetUtcNow());
    }

    // Empty means "not given"; anything else must be a whole number (the range is the recorder's rule).
    private static int? Whole(string? text, string key, string label, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        modelState.AddModelError(key, $"{label} must be a whole number.");
        return null;
    }
}
