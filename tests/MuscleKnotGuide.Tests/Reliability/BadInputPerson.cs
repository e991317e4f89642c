using MuscleKnotGuide.Tests.Infrastructure;

namespace MuscleKnotGuide.Tests.Reliability;

/// <summary>
/// The person sending a bad input: their client, the app, the other person whose ids they try, their own check-in.
/// </summary>
internal sealed record BadInputPerson(HttpClient Client, AppFactory App, BadInputTests.Owner Owner, int CheckInId);
