namespace MuscleKnotGuide.Web.Plans;

/// <summary>
/// How one method went in a person's check-ins. <see cref="AverageRelief"/> is the mean of pain before minus pain
/// after, over the tries that recorded both; <see cref="HelpedShare"/> is the share of rated tries marked
/// "helped a little" or "helped a lot" (0 to 1). Each is null when nothing was recorded for it.
/// </summary>
/// <remarks>Plan suggestions take these from the insights' <c>WhatHelped</c>; the doctor report computes them over its own date range.</remarks>
public sealed record MethodFigure(string Slug, int DaysTried, decimal? AverageRelief, decimal? HelpedShare);
