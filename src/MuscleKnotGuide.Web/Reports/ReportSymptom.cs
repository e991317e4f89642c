using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Web.Reports;

/// <summary>A warning symptom as logged; <see cref="Tier"/> is null for a code no longer in the guides.</summary>
public sealed record ReportSymptom(DateOnly Day, string Label, WarningTier? Tier);
