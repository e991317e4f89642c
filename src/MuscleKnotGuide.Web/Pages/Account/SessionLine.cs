namespace MuscleKnotGuide.Web.Pages.Account;

/// <summary>One signed-in browser as the account page lists it: coarse device, approximate last visit.</summary>
public sealed record SessionLine(string Device, string LastSeen, bool IsThisDevice);
