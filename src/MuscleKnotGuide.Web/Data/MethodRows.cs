namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// Writes the chosen methods over a tracked parent's method rows in place, by slug: rows of methods no longer chosen
/// go, new ones are added, the others keep their ids. So one SaveChanges updates in place and never trips the
/// one-row-per-method unique index, as deleting and re-adding the same method in one save would.
/// </summary>
public static class MethodRows
{
    public static void Update<TRow, TValue>(
        List<TRow> rows, IReadOnlyList<TValue> values, Func<TValue, string> slugOf, Func<string, TRow> create, Action<TRow, TValue> write)
        where TRow : IMethodRow
    {
        rows.RemoveAll(row => values.All(value => slugOf(value) != row.MethodSlug));
        foreach (var value in values)
        {
            var slug = slugOf(value);
            var row = rows.FirstOrDefault(r => r.MethodSlug == slug);
            if (row is null)
            {
                row = create(slug);
                rows.Add(row);
            }

            write(row, value);
        }
    }
}
