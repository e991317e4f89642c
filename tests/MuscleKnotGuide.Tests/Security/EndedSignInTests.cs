using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Tests.Plans;
using MuscleKnotGuide.Tests.Reliability;
using MuscleKnotGuide.Tests.YourData;

namespace MuscleKnotGuide.Tests.Security;

/// <summary>
/// Issue 17, items 1 and 2, over real HTTP against the built app on Kestrel: two devices (two cookie jars), the
/// account deleted or the session ended on one, every write of the other answers a sign-in redirect, never a 4xx
/// or a 5xx, with nothing saved. Each write is sent with the other device's old cookie, as a browser with the
/// form still open would send it.
/// </summary>
public sealed class EndedSignInTests(EndedSignInTests.Server server) : IClassFixture<EndedSignInTests.Server>
{
    public sealed class Server : IAsyncLifetime
    {
        public RealServer App { get; private set; } = null!;

        public async ValueTask InitializeAsync() => App = await RealServer.StartAsync();

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task After_the_account_is_deleted_on_one_device_every_write_on_the_other_redirects_to_sign_in_and_saves_nothing()
    {
        var (laptop, phone, _, email) = await TwoDevicesAsync();
        var forms = await OpenFormsAsync(phone);
        var rowsBefore = await DiaryRowsAsync();

        var delete = await laptop.GetPageAsync("/account/data/delete");
        (await laptop.SubmitAsync(delete, "form.form", ("Password", Accounts.Password))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var (name, write) in forms.Writes(phone))
        {
            var response = await write();
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{name} after the account was deleted goes to sign in");
            response.Headers.Location!.AbsolutePathOrSelf().Should().Be("/account/login", name);
        }

        (await DiaryRowsAsync()).Should().Be(rowsBefore - 1, "only the person's own plan went, with the account; nothing was saved for them");
        (await server.App.QueryAsync($"SELECT COUNT(*) FROM AspNetUsers WHERE Email = '{email}'")).Should().Equal("0");
        server.App.Output.Should().NotContain("Exception", "no write met a missing person");
    }

    [Fact]
    public async Task After_sign_out_everywhere_else_a_write_with_an_open_form_on_the_other_device_redirects_to_sign_in()
    {
        var (laptop, phone, _, _) = await TwoDevicesAsync();
        var forms = await OpenFormsAsync(phone);
        var rowsBefore = await DiaryRowsAsync();

        var account = await laptop.GetPageAsync("/account");
        (await laptop.SubmitAsync(account, "#sessions-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var (name, write) in forms.Writes(phone))
        {
            var response = await write();
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{name} after the session ended goes to sign in");
            response.Headers.Location!.AbsolutePathOrSelf().Should().Be("/account/login", name);
        }

        (await DiaryRowsAsync()).Should().Be(rowsBefore, "nothing was saved, the plan was not deleted");
        (await laptop.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "the device that asked stays signed in");
    }

    [Fact]
    public async Task A_browser_with_an_ended_sign_in_can_still_sign_in_and_make_a_visitor_plan()
    {
        var (laptop, phone, _, email) = await TwoDevicesAsync();
        var account = await laptop.GetPageAsync("/account");
        (await laptop.SubmitAsync(account, "#sessions-form")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // Forms shown after the session ended are a visitor's forms: they go through, nothing redirects them.
        var plan = await phone.GetPageAsync("/plan");
        var visitorPlan = await phone.SubmitAsync(plan, "form.plan-form", PlanTestData.ChooseAll());
        visitorPlan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        visitorPlan.Headers.Location!.AbsolutePathOrSelf().Should().Be("/plan/print");

        var signIn = await phone.GetPageAsync("/account/login");
        var signedIn = await phone.SubmitAsync(signIn, "form.form", ("Form.Email", email), ("Form.Password", Accounts.Password));
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.AbsolutePathOrSelf().Should().NotBe("/account/login");
        (await phone.GetAsync(new Uri("/account/data", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_session_survives_a_restart_of_the_app_on_the_same_database()
    {
        await using var own = await RealServer.StartAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = own.App.BaseAddress };
        await browser.RegisterAsync();
        var cookie = AuthCookie(cookies);

        await own.KillAsync();
        await own.RestartAsync();

        using var afterRestart = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = own.App.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/data");
        request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        (await afterRestart.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK, "the session row and the keys live in the database");
    }

    private async Task<(HttpClient Laptop, HttpClient Phone, CookieContainer PhoneCookies, string Email)> TwoDevicesAsync()
    {
        var laptop = server.App.CreateBrowserClient();
        var email = await laptop.RegisterAsync();
        var phoneCookies = new CookieContainer();
        var phone = new HttpClient(new HttpClientHandler { CookieContainer = phoneCookies, AllowAutoRedirect = false })
        {
            BaseAddress = server.App.App.BaseAddress,
        };
        (await phone.SignInAsync(email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (laptop, phone, phoneCookies, email);
    }

    private async Task<int> DiaryRowsAsync() =>
        int.Parse((await server.App.QueryAsync("SELECT (SELECT COUNT(*) FROM CheckIns) + (SELECT COUNT(*) FROM SavedPlans)"))[0], System.Globalization.CultureInfo.InvariantCulture);

    private Cookie AuthCookie(CookieContainer cookies) =>
        cookies.GetCookies(server.App.App.BaseAddress).Single(c => c.Name.EndsWith("mkg-auth", StringComparison.Ordinal));

    /// <summary>Every write form of the diary, opened on the device while it was still signed in.</summary>
    private static async Task<OpenForms> OpenFormsAsync(HttpClient phone)
    {
        var planForm = await phone.GetPageAsync("/plan");
        var saved = await phone.SubmitAsync(planForm, "form.plan-form", PlanTestData.ChooseAll());
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var planId = saved.Headers.Location!.AbsolutePathOrSelf().Split('/').Last();
        return new OpenForms(
            await phone.GetPageAsync("/checkins/new"),
            await phone.GetPageAsync("/plan"),
            await phone.GetPageAsync($"/plan/{planId}/delete"),
            await phone.GetPageAsync("/account/data"),
            await phone.GetPageAsync("/account/data/delete"));
    }

    private sealed record OpenForms(IDocument CheckIn, IDocument Plan, IDocument PlanDelete, IDocument Data, IDocument AccountDelete)
    {
        public IEnumerable<(string Name, Func<Task<HttpResponseMessage>> Write)> Writes(HttpClient phone) =>
        [
            ("a check-in save", () => phone.SubmitAsync(CheckIn, "form.checkin-form", ("Form.Pain", "3"))),
            ("a plan save", () => phone.SubmitAsync(Plan, "form.plan-form", PlanTestData.ChooseAll())),
            ("a plan delete", () => phone.SubmitAsync(PlanDelete, "form.form")),
            ("an import", () => ImportAsync(phone, Data)),
            ("an account delete", () => phone.SubmitAsync(AccountDelete, "form.form", ("Password", Accounts.Password))),
            ("a sign-out", () => phone.SubmitAsync(Plan, "form[action='/account/logout']")),
        ];
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient phone, IDocument data)
    {
        var form = data.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent("""{"format":"muscleknotguide-diary","version":1,"exportedAt":"2026-11-20T12:00:00Z","checkIns":[{"day":"2026-11-01","painLevel":4}],"plans":[]}"""u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "Upload", "diary.json");
        return await phone.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}
