namespace MuscleKnotGuide.Web.Guides;

/// <summary>A number a person can tap to call: <see cref="Text"/> is what the page shows, <see cref="Number"/> what the phone dials.</summary>
public sealed record PhoneLine(string Text, string Number)
{
    public string TelHref => "tel:" + Number;
}
