using System.Globalization;
using System.Text.Json;

namespace MuscleKnotGuide.Web.YourData;

/// <summary>What an import may contain: the method slugs and warning-symptom codes of the current guides, and "today".</summary>
public sealed record ImportRules(IReadOnlySet<string> MethodSlugs, IReadOnlySet<string> SymptomCodes, DateOnly Today);
