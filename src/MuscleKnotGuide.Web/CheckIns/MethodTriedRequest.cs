namespace MuscleKnotGuide.Web.CheckIns;

/// <summary>One method's row on the form: the tick and its optional details.</summary>
public sealed class MethodTriedRequest
{
    public const string TriedValue = "true";

    public string? Slug { get; set; }

    /// <summary>"true" when "I tried this" is ticked.</summary>
    public string? Tried { get; set; }

    public string? Minutes { get; set; }

    public string? PainBefore { get; set; }

    public string? PainAfter { get; set; }

    /// <summary>Name of a <see cref="MethodEffect"/>; empty when not said.</summary>
    public string? Effect { get; set; }

    // Only the tick decides: details left in an unticked row (say, after unticking on edit) are ignored.
    public bool IsTried => string.Equals(Tried?.Trim(), TriedValue, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Tried?.Trim(), "on", StringComparison.OrdinalIgnoreCase);

    public bool HasDetails => !string.IsNullOrWhiteSpace(Minutes) || !string.IsNullOrWhiteSpace(PainBefore)
        || !string.IsNullOrWhiteSpace(PainAfter) || !string.IsNullOrWhiteSpace(Effect);
}
