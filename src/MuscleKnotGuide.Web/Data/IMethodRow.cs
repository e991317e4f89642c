namespace MuscleKnotGuide.Web.Data;

/// <summary>A stored row of one method under a parent (a check-in's <c>MethodTried</c>, a plan's <c>PlannedMethod</c>).</summary>
public interface IMethodRow
{
    string MethodSlug { get; }
}
