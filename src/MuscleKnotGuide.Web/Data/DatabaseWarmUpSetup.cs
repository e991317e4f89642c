using MuscleKnotGuide.Web.Security;

namespace MuscleKnotGuide.Web.Data;

public static class DatabaseWarmUpSetup
{
    /// <summary>Holds back every request that may need the database until it has been prepared.</summary>
    public static IApplicationBuilder UseDatabaseGate(this IApplicationBuilder app)
    {
        var warmUp = app.ApplicationServices.GetRequiredService<DatabaseWarmUp>();
        var authCookieName = app.ApplicationServices.GetRequiredService<SecuritySettings>().AuthCookieName;
        return app.Use(async (context, next) =>
        {
            var ready = warmUp.Ready;
            if (!ready.IsCompletedSuccessfully && DatabaseWarmUp.MayNeedDatabase(context.Request, authCookieName))
            {
                await ready.WaitAsync(context.RequestAborted);
            }

            await next(context);
        });
    }
}
