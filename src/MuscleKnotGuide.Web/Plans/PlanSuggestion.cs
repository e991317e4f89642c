using System.Globalization;

namespace MuscleKnotGuide.Web.Plans;

public sealed record PlanSuggestion(string Slug, string Title, string Reason);
