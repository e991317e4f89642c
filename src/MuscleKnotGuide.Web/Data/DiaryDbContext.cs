using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MuscleKnotGuide.Web.CheckIns;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Web.Data;

/// <summary>The one database of the app: accounts, check-ins, saved plans, and the keys that sign the cookies.</summary>
public sealed class DiaryDbContext(DbContextOptions<DiaryDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<MethodTried> MethodsTried => Set<MethodTried>();

    public DbSet<SavedPlan> SavedPlans => Set<SavedPlan>();

    public DbSet<PlannedMethod> PlannedMethods => Set<PlannedMethod>();

    /// <summary>Security/KeyStorage.cs: shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.TimeZoneId).HasMaxLength(64);
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

        builder.Entity<PlannedMethod>(method =>
        {
            method.HasIndex(m => new { m.SavedPlanId, m.MethodSlug }).IsUnique();
            method.Property(m => m.MethodSlug).HasMaxLength(64);
        });
    }
}
