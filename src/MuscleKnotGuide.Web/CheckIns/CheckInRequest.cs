using System.Globalization;
using MuscleKnotGuide.Web.Guides;
using MuscleKnotGuide.Web.Text;

namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>
/// A check-in as the form posts it. Every field is text, so any input (even "abc") reaches
/// <see cref="CheckInRules"/> and comes back with a message in plain words instead of a model-binding error.
/// </summary>
public sealed class CheckInRequest
{
    public string? Day { get; set; }

    /// <summary>The time of day, "HH:mm", on the person's own clock.</summary>
    public string? Time { get; set; }

    public string? Pain { get; set; }

    /// <summary>Empty means "not recorded".</summary>
    public string? Stiffness { get; set; }

    /// <summary>Names of <see cref="BodyMap"/> regions, one per ticked region.</summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>Codes of the warning symptoms ticked.</summary>
    public List<string> Symptoms { get; set; } = [];

    /// <summary>One row per method of the content, in content order once arranged.</summary>
    public List<MethodTriedRequest> Methods { get; set; } = [];

    public string? Notes { get; set; }

    /// <summary>"yes", "no" or empty (not answered), like the other optional answers.</summary>
    public string? StoppedSleeping { get; set; }

    public string? StoppedActivities { get; set; }

    public string? AfterFallOrInjury { get; set; }

    public static CheckInRequest Blank(DateOnly day, TimeOnly time, GuideLibrary library)
    {
        var form = new CheckInRequest { Day = DayText.Iso(day), Time = DayText.Time(time) };
        form.Arrange(library);
        return form;
    }

    public static CheckInRequest From(CheckIn checkIn, GuideLibrary library)
    {
        var form = new CheckInRequest
        {
            Day = DayText.Iso(checkIn.Day),
            Time = checkIn.Time is { } time ? DayText.Time(time) : null,
            Pain = Text(checkIn.PainLevel),
            Stiffness = Text(checkIn.Stiffness),
            Areas = BodyMap.Marked(checkIn.Areas).Select(r => r.Name).ToList(),
            Symptoms = [.. checkIn.WarningSymptoms],
            Notes = checkIn.Notes,
            StoppedSleeping = YesNo.Text(checkIn.StoppedSleeping),
            StoppedActivities = YesNo.Text(checkIn.StoppedActivities),
            AfterFallOrInjury = YesNo.Text(checkIn.AfterFallOrInjury),
            Methods = checkIn.Methods.Select(m => new MethodTriedRequest
            {
                Slug = m.MethodSlug,
                Tried = MethodTriedRequest.TriedValue,
                Minutes = Text(m.Minutes),
                PainBefore = Text(m.PainBefore),
                PainAfter = Text(m.PainAfter),
                Effect = m.Effect?.ToString(),
            }).ToList(),
        };
        form.Arrange(library);
        return form;
    }

    /// <summary>
    /// One row per method of the content, in its order, keeping what was posted for each; rows for
    /// methods the content no longer has are dropped, so the form always matches the guides.
    /// </summary>
    public void Arrange(GuideLibrary library)
    {
        var posted = Methods;
        Methods = library.Methods.Select(method =>
            posted.FirstOrDefault(r => r.Slug == method.Slug && r.IsTried)
            ?? posted.FirstOrDefault(r => r.Slug == method.Slug)
            ?? new MethodTriedRequest { Slug = method.Slug }).ToList();
        foreach (var row in Methods)
        {
            row.Slug = row.Slug?.Trim();
        }
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
