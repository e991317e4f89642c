using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MuscleKnotGuide.Web.AboutYou;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Insights;
using MuscleKnotGuide.Web.Plans;
using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Data;

/// <summary>
/// The one database of the app: accounts, check-ins, saved plans, and the keys that sign the cookies.
/// On SQLite (the default) this type itself is used with the migrations in Data/Migrations; on PostgreSQL the
/// derived <see cref="PostgresDiaryDbContext"/> is, so EF Core applies that provider's own migrations set.
/// </summary>
public class DiaryDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<MethodTried> MethodsTried => Set<MethodTried>();

    public DbSet<SavedPlan> SavedPlans => Set<SavedPlan>();

    public DbSet<PlannedMethod> PlannedMethods => Set<PlannedMethod>();

    /// <summary>Security/SignInSessionStore.cs: the server side of each sign-in cookie.</summary>
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    /// <summary>"About you" (AboutYou/RiskHistory.cs): at most one row per person.</summary>
    public DbSet<RiskHistory> RiskHistories => Set<RiskHistory>();

    /// <summary>Answers to "Did you get this checked?" (Insights/SymptomCheck.cs).</summary>
    public DbSet<SymptomCheck> SymptomChecks => Set<SymptomCheck>();

    /// <summary>Security/KeyStorage.cs: shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.TimeZoneId).HasMaxLength(64);
            // Kept only by LatestRunKeeper's own UPDATE. Identity saves the whole user row (profile, password, theme,
            // a failed sign-in), and would otherwise write back the run it read before a save elsewhere moved it.
            user.Property(u => u.RunStart).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
            user.Property(u => u.RunEnd).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        });

        builder.Entity<CheckIn>(checkIn =>
        {
            // Several entries a day (capped by CheckInRules.MaxEntriesPerDay); the index serves every per-person day range.
            checkIn.HasIndex(c => new { c.UserId, c.Day, c.Time });
            checkIn.Property(c => c.Notes).HasMaxLength(CheckIn.NotesMaxLength);
            checkIn.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
            checkIn.HasMany(c => c.Methods).WithOne().HasForeignKey(m => m.CheckInId).OnDelete(DeleteBehavior.Cascade);
            checkIn.ToTable(t =>
            {
                t.HasCheckConstraint("CK_CheckIns_PainLevel", "PainLevel BETWEEN 0 AND 10");
                t.HasCheckConstraint("CK_CheckIns_Stiffness", "Stiffness IS NULL OR Stiffness BETWEEN 0 AND 10");
            });
        });

        builder.Entity<MethodTried>(method =>
        {
            method.HasIndex(m => new { m.CheckInId, m.MethodSlug }).IsUnique();
            method.Property(m => m.MethodSlug).HasMaxLength(64);
        });

        builder.Entity<SavedPlan>(plan =>
        {
            plan.HasIndex(p => p.UserId);
            plan.Property(p => p.Goal).HasMaxLength(SavedPlan.GoalMaxLength);
            plan.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            plan.HasMany(p => p.Methods).WithOne().HasForeignKey(m => m.SavedPlanId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SignInSession>(session =>
        {
            session.HasKey(s => s.Key);
            session.Property(s => s.Key).HasMaxLength(64);
            session.Property(s => s.Device).HasMaxLength(SignInSession.DeviceMaxLength);
            session.HasIndex(s => s.UserId);
            session.HasIndex(s => s.ExpiresUtc);
            session.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RiskHistory>(risk =>
        {
            risk.HasIndex(r => r.UserId).IsUnique();
            risk.Property(r => r.AgeBand).HasConversion<string>().HasMaxLength(16);
            risk.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SymptomCheck>(check =>
        {
            check.HasIndex(c => new { c.UserId, c.SymptomCode }).IsUnique();
            check.Property(c => c.SymptomCode).HasMaxLength(64);
            check.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PlannedMethod>(method =>
        {
            method.HasIndex(m => new { m.SavedPlanId, m.MethodSlug }).IsUnique();
            method.Property(m => m.MethodSlug).HasMaxLength(64);
        });
    }
}
