using System.Globalization;

namespace MuscleKnotGuide.Web.Plans;

/// <summary>Either a plan or the reasons it is not one yet; never both, so nothing half-checked is saved.</summary>
public sealed record PlanCheck(SelfCarePlan? Plan, IReadOnlyList<FieldError> Problems)
{
    public bool IsValid => Plan is not null;
}
