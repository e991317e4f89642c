using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MuscleKnotGuide.Web.Data;

/// <summary>Writes every instant with offset zero (the same instant), as PostgreSQL's timestamptz requires.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
