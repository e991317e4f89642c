namespace MuscleKnotGuide.Web.Guides;

/// <summary>A picture shown in a guide: its served, versioned address and its text alternative.</summary>
public sealed record GuidePicture(string Address, string Alt);
