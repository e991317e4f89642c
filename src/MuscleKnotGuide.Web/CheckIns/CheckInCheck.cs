namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>Either a check-in ready to store or the reasons it is not one yet; never both, so nothing half-checked is saved.</summary>
public sealed record CheckInCheck(CheckInValues? Values, IReadOnlyList<FieldError> Problems)
{
    public bool IsValid => Values is not null;
}
