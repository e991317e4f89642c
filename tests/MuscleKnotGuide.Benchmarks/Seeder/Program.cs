using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.Data;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;

// The benchmark's data: one person with ten years of daily check-ins, plus writers with empty diaries.
//   seed  <database> <password> <writers> <warm-up writers>
//   count <database> [email prefix]   prints the number of check-ins (of people whose email starts so)
// <database> is a SQLite file, or "postgres:" followed by an Npgsql connection string.
if (args is ["seed", var file, var password, var writers, var warmUpWriters])
{
    await Seed(file, password, int.Parse(writers, System.Globalization.CultureInfo.InvariantCulture), int.Parse(warmUpWriters, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["count", var countFile, .. var rest] && rest.Length <= 1)
{
    var prefix = rest.Length == 1 ? rest[0] : "";
    await using var db = Open(countFile);
    var count = await db.CheckIns.CountAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email!.StartsWith(prefix)));
    Console.WriteLine(count);
    return 0;
}

await Console.Error.WriteLineAsync("usage: Seeder seed <db> <password> <writers> <warm-up writers> | Seeder count <db> [email prefix]");
return 2;

static DiaryDbContext Open(string database) =>
    database.StartsWith("postgres:", StringComparison.Ordinal)
        ? new PostgresDiaryDbContext(new DbContextOptionsBuilder<PostgresDiaryDbContext>().UseNpgsql(database["postgres:".Length..]).Options)
        : new DiaryDbContext(new DbContextOptionsBuilder<DiaryDbContext>().UseSqlite($"Data Source={database}").AddInterceptors(new SqliteConnectionSetup()).Options);

static async Task Seed(string file, string password, int writers, int warmUpWriters)
{
    await using var db = Open(file);
    // The app's own start-up path: WAL journal and every migration, exactly as production opens the file.
    await DatabaseSetup.PrepareAsync(db, CancellationToken.None);

    // One hash for everyone: PBKDF2 is slow on purpose, and one salt shared by test accounts harms nothing.
    var hasher = new PasswordHasher<AppUser>();
    var hash = hasher.HashPassword(new AppUser(), password);
    AppUser Person(string email) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        PasswordHash = hash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true,
        TimeZoneId = "UTC",
    };

    await using var transaction = await db.Database.BeginTransactionAsync();
    var tenYears = Person("ten-years@bench.test");
    db.Users.Add(tenYears);
    for (var i = 1; i <= writers; i++)
    {
        db.Users.Add(Person($"writer-{i}@bench.test"));
    }

    for (var i = 1; i <= warmUpWriters; i++)
    {
        db.Users.Add(Person($"warmup-{i}@bench.test"));
    }

    db.CheckIns.AddRange(TenYearsOfCheckIns(tenYears.Id, DateOnly.FromDateTime(DateTime.UtcNow)));
    await db.SaveChangesAsync();
    // As the app's own writes leave it: the run kept with the person.
    await LatestRunKeeper.RecountAsync(db, tenYears.Id, CancellationToken.None);
    await transaction.CommitAsync();
    SqliteConnection.ClearAllPools();
}

// Fixed seed: every run measures the same diary. Pain drifts like a real back (flare-ups, calm weeks) within 1-8.
static IEnumerable<CheckIn> TenYearsOfCheckIns(string userId, DateOnly today)
{
    string[] slugs = ["massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication"];
    var random = new Random(3650);
    var pain = 4.0;
    var stamp = new DateTimeOffset(today.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero);
    for (var back = 3650; back >= 1; back--)
    {
        var day = today.AddDays(-back);
        pain = Math.Clamp(pain + (random.NextDouble() - 0.5) * 2.5 + (4.5 - pain) * 0.1, 1, 8);
        var level = (int)Math.Round(pain);
        var checkIn = new CheckIn
        {
            UserId = userId,
            Day = day,
            PainLevel = level,
            Stiffness = random.Next(3) == 0 ? null : Math.Clamp(level + random.Next(-2, 3), 0, 10),
            Areas = (BackAreas)(1 << random.Next(6)) | (random.Next(3) == 0 ? (BackAreas)(1 << random.Next(6)) : BackAreas.None),
            Notes = random.Next(10) == 0 ? "Long day at the desk." : null,
            CreatedAt = stamp.AddDays(-back),
            UpdatedAt = stamp.AddDays(-back),
        };
        foreach (var slug in slugs.OrderBy(_ => random.Next()).Take(random.Next(4)))
        {
            var withPain = random.Next(2) == 0;
            var after = Math.Clamp(level - random.Next(-1, 3), 0, 10);
            checkIn.Methods.Add(new MethodTried
            {
                MethodSlug = slug,
                Minutes = random.Next(2) == 0 ? null : 5 * random.Next(1, 7),
                PainBefore = withPain ? level : null,
                PainAfter = withPain ? after : null,
                Effect = random.Next(3) == 0 ? null : (MethodEffect)random.Next(4),
            });
        }

        yield return checkIn;
    }
}
