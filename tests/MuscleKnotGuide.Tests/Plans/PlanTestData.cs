using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Plans;

/// <summary>The plan tests' givens: the real guides and the builder form's fields (stored rows: <see cref="TestDiary"/>).</summary>
public static class PlanTestData
{
    public static readonly string[] MethodSlugs = ["massage-therapy", "stretching", "heat-therapy", "foam-rolling", "pain-medication"];

    public static GuideLibrary Library { get; } = GuideLibrary.Load(TempContent.RepoFolder);

    /// <summary>The builder's fields that tick every method of the five.</summary>
    public static (string Key, string Value)[] ChooseAll() =>
        Enumerable.Range(0, MethodSlugs.Length).Select(i => ($"Form.Methods[{i}].Chosen", "true")).ToArray();

    /// <summary>Submits the builder with every method ticked (plus any other values) and returns the response.</summary>
    public static async Task<HttpResponseMessage> SubmitPlanAsync(this HttpClient client, string page, params (string Key, string Value)[] values)
    {
        var form = await client.GetPageAsync(page);
        return await client.SubmitAsync(form, "form.plan-form", ChooseAll().Concat(values).ToArray());
    }
}
