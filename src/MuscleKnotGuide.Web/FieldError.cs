namespace MuscleKnotGuide.Web;

/// <summary>A problem with one field of a form; <see cref="Field"/> is its path inside the posted request, e.g. "Methods[2].Minutes".</summary>
public sealed record FieldError(string Field, string Message);
