using System.Net;
using MuscleKnotGuide.Tests.Infrastructure;
using MuscleKnotGuide.Web;

namespace MuscleKnotGuide.Tests.Plans;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_unset_public_address_gives_no_links(string? setting)
    {
        PublicAddress.FromSetting(setting).Of("/checkins/new").Should().BeNull();
    }

    [Theory]
    [InlineData("https://knots.example.org", "https://knots.example.org/checkins/new")]
    [InlineData("https://knots.example.org/", "https://knots.example.org/checkins/new")]
    [InlineData("http://192.168.1.20:8080/knots/", "http://192.168.1.20:8080/knots/checkins/new")]
    public void A_public_address_gives_absolute_links_under_it(string setting, string expected)
    {
        PublicAddress.FromSetting(setting).Of("/checkins/new").Should().Be(new Uri(expected));
    }

    [Theory]
    [InlineData("knots.example.org")]
    [InlineData("/knots")]
    [InlineData("ftp://knots.example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://knots.example.org/?a=1")]
    [InlineData("https://user:secret@knots.example.org")]
    public void Anything_but_an_absolute_http_address_is_refused_naming_the_setting(string setting)
    {
        var act = () => PublicAddress.FromSetting(setting);

        act.Should().Throw<StartupSettingException>().WithMessage("App:PublicUrl is '*'; use the app's absolute http(s) address*");
    }

    [Fact]
    public async Task The_app_refuses_to_start_with_a_public_address_that_is_not_one_with_one_clear_line()
    {
        var database = Path.Combine(Path.GetTempPath(), $"mkg-public-{Guid.NewGuid():N}.db");
        await using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["App__PublicUrl"] = "knots.example.org",
            ["ConnectionStrings__Default"] = $"Data Source={database}",
        });

        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

        exitCode.Should().Be(1);
        app.Output.Should().Contain("MuscleKnotGuide cannot start: App:PublicUrl is 'knots.example.org'");
        app.Output.Should().NotContain("   at ");
    }

    [Fact]
    public async Task The_downloaded_calendar_links_the_pain_reminder_to_the_check_in_form_at_the_public_address()
    {
        await using var app = new AppFactory().With("App:PublicUrl", "https://knots.example.org");

        var download = await app.CreateClient().GetAsync(new Uri("/plan/calendar?m=stretching.10.0800.1900&days=14&start=2026-11-23", UriKind.Relative));

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        var calendar = Ical.Net.Calendar.Load(await download.Content.ReadAsStringAsync())!;
        calendar.Events.Single(e => e.Summary == "Log today's pain").Url.Should().Be(new Uri("https://knots.example.org/checkins/new"));
    }
}
