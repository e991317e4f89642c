namespace MuscleKnotGuide.Web.Guides;

/// <summary>
/// The numbers and words for getting help in one part of the world; the one table of them in the app.
/// Pages say "call 999 or go to A&amp;E" in the UK and "call 911 or go to the emergency room" in the US.
/// </summary>
/// <param name="Code">The setting value (Guidance:DefaultRegion), e.g. UK.</param>
/// <param name="Name">The region in words.</param>
/// <param name="EmergencyLines">Emergency numbers, the usual one first.</param>
/// <param name="AdviceLine">A free health advice line for urgent but not life-threatening problems, where the region has one.</param>
/// <param name="EmergencyDepartment">Where to go in an emergency, as the sentence "go to ..." needs it.</param>
/// <param name="Doctor">The word for a person's own doctor, as in "ask your GP".</param>
/// <param name="UrgentCare">Where to go for urgent care when there is no advice line, as in "or go to ...".</param>
public sealed record CareRegion(
    string Code,
    string Name,
    IReadOnlyList<PhoneLine> EmergencyLines,
    PhoneLine? AdviceLine,
    string EmergencyDepartment,
    string Doctor,
    string? UrgentCare)
{
    public const string DefaultCode = "UK";

    // Numbers checked on 28 November 2026 against: NHS 111 (nhs.uk); Citizens Information and HSE GP out-of-hours
    // services (Ireland); 911.gov (US); healthdirect.gov.au (Australia); health.govt.nz Healthline (New Zealand);
    // the European Commission's 112 page (EU).
    public static IReadOnlyList<CareRegion> All { get; } =
    [
        new("UK", "United Kingdom", [new("999", "999")], new("NHS 111", "111"), "A&E", "GP", null),
        new("IE", "Ireland", [new("112", "112"), new("999", "999")], null, "an emergency department", "GP", "a GP out-of-hours service"),
        new("US", "United States", [new("911", "911")], null, "the emergency room", "doctor", "urgent care"),
        new("CA", "Canada", [new("911", "911")], null, "the emergency department", "doctor", "urgent care"),
        new("AU", "Australia", [new("000", "000")], new("healthdirect on 1800 022 222", "1800022222"), "the emergency department", "GP", null),
        new("NZ", "New Zealand", [new("111", "111")], new("Healthline on 0800 611 116", "0800611116"), "the emergency department", "GP", null),
        new("EU", "Other EU countries", [new("112", "112")], null, "the emergency department", "doctor", null),
    ];

    /// <summary>"999", "112 or 999": every emergency number, as a sentence reads them.</summary>
    public string EmergencyNumbersText => string.Join(" or ", EmergencyLines.Select(line => line.Text));

    public static CareRegion? Find(string? code) =>
        All.FirstOrDefault(region => string.Equals(region.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The region a setting names; no setting means the UK, an unknown one stops start-up with one clear line.</summary>
    public static CareRegion FromSetting(string? code) =>
        string.IsNullOrWhiteSpace(code)
            ? Find(DefaultCode)!
            : Find(code) ?? throw new GuideContentException(
                $"Guidance:DefaultRegion is '{code.Trim()}'; use one of {string.Join(", ", All.Select(r => r.Code))}.");
}
