using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web.Plans;

namespace MuscleKnotGuide.Tests.Plans;

/// <summary>The 20-minute heat limit as a person meets it: next to the field on the form, and in a changed print link.</summary>
public sealed class HeatLimitPageTests(HeatLimitPageTests.Fixture app) : IClassFixture<HeatLimitPageTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task The_heat_minutes_field_says_why_it_stops_at_twenty()
    {
        var page = await app.CreateClient().GetPageAsync("/plan");

        var field = page.QuerySelector("#Form_Methods_2__Minutes")!;
        field.GetAttribute("max").Should().Be("20");
        field.GetAttribute("aria-describedby").Should().Contain("Form_Methods_2__Minutes-limit");
        page.QuerySelector("#Form_Methods_2__Minutes-limit").Text().Should().Be(HeatLimit.Reason);
        page.QuerySelector("#Form_Methods_1__Minutes")!.GetAttribute("max").Should().Be("180");
    }

    [Fact]
    public async Task Thirty_minutes_of_heat_on_the_form_gets_a_clear_message_and_no_plan()
    {
        var client = app.CreateBrowserClient();
        var form = await client.GetPageAsync("/plan");

        var response = await client.SubmitAsync(form, "form.plan-form", ("Form.Methods[2].Chosen", "true"), ("Form.Methods[2].Minutes", "30"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("#Form_Methods_2__Minutes-error").Text().Should().Be($"Choose 20 minutes or fewer for Heat therapy. {HeatLimit.Reason}");
    }

    [Theory]
    [InlineData("/plan/print?start=2026-11-20&days=14&m=heat-therapy.21.0800")]
    [InlineData("/plan/print?start=2026-11-20&days=14&m=heat-therapy.90.0800")]
    public async Task A_print_link_with_more_than_twenty_minutes_of_heat_answers_400_with_the_reason(string url)
    {
        var response = await app.CreateClient().GetAsync(Url(url));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("ul.field-error li").Text().Should().Contain("Choose 20 minutes or fewer for Heat therapy").And.Contain("burn");
        (await app.CreateClient().GetAsync(Url(url.Replace("/plan/print", "/plan/calendar", StringComparison.Ordinal)))).StatusCode
            .Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_print_link_with_twenty_minutes_of_heat_prints()
    {
        var response = await app.CreateClient().GetAsync(Url("/plan/print?start=2026-11-20&days=14&m=heat-therapy.20.0800"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("20 minutes each time");
    }
}
