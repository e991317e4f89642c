using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.YourData;
using MuscleKnotGuide.Web.Pages.YourData;

namespace MuscleKnotGuide.Tests.Security;

public sealed class RequestSizeTests(RequestSizeTests.Fixture app) : IClassFixture<RequestSizeTests.Fixture>
{
    public sealed class Fixture : AppFactory;

    [Fact]
    public async Task A_two_megabyte_form_post_gets_the_friendly_too_much_page()
    {
        var client = app.CreateBrowserClient();
        var login = await client.GetPageAsync("/account/login");

        var response = await client.SubmitAsync(login, "form.form", ("Form.Email", "a@example.test"), ("Form.Password", new string('x', 2 * 1024 * 1024)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("h1").Text().Should().Be("That was too much to send");
    }

    [Fact]
    public async Task The_import_accepts_a_larger_upload_and_explains_a_file_over_its_limit_on_the_form()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var response = await client.ImportAsync(new byte[DataModel.ImportFileLimitBytes + (1024 * 1024)]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("#Upload-error").Text().Should().Contain("larger than 48 MB");
    }

    [Fact]
    public async Task An_upload_past_the_import_limit_gets_the_friendly_too_much_page_not_an_error()
    {
        var client = app.CreateBrowserClient();
        await client.RegisterAsync();

        var response = await client.ImportAsync(new byte[DataModel.ImportRequestLimitBytes + (1024 * 1024)]);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await Html.ParseAsync(response)).QuerySelector("h1").Text().Should().Be("That was too much to send");
    }
}
