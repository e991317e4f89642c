namespace MuscleKnotGuide.Web.Guides;

/// <summary>How guides speak to this site's visitors: the region whose emergency numbers and words they show.</summary>
public sealed record GuidanceSettings(CareRegion DefaultRegion);
