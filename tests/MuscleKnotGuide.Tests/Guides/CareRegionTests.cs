using MuscleKnotGuide.Web.Guides;

namespace MuscleKnotGuide.Tests.Guides;

public sealed class CareRegionTests
{
    [Fact]
    public void The_table_holds_every_region_the_clinical_review_names()
    {
        CareRegion.All.Select(r => r.Code).Should().Equal("UK", "IE", "US", "CA", "AU", "NZ", "EU");
    }

    [Theory]
    [InlineData("UK", "999", "NHS 111", "tel:111", "A&E", "GP")]
    [InlineData("IE", "112 or 999", null, null, "an emergency department", "GP")]
    [InlineData("US", "911", null, null, "the emergency room", "doctor")]
    [InlineData("CA", "911", null, null, "the emergency department", "doctor")]
    [InlineData("AU", "000", "healthdirect on 1800 022 222", "tel:1800022222", "the emergency department", "GP")]
    [InlineData("NZ", "111", "Healthline on 0800 611 116", "tel:0800611116", "the emergency department", "GP")]
    [InlineData("EU", "112", null, null, "the emergency department", "doctor")]
    public void Each_region_has_its_own_numbers_and_words(string code, string emergency, string? adviceText, string? adviceHref, string department, string doctor)
    {
        var region = CareRegion.Find(code)!;

        region.EmergencyNumbersText.Should().Be(emergency);
        region.AdviceLine?.Text.Should().Be(adviceText);
        region.AdviceLine?.TelHref.Should().Be(adviceHref);
        (region.AdviceLine is null).Should().Be(adviceText is null);
        region.EmergencyDepartment.Should().Be(department);
        region.Doctor.Should().Be(doctor);
    }

    [Fact]
    public void Regions_without_an_advice_line_say_where_urgent_care_is()
    {
        CareRegion.All.Where(r => r.AdviceLine is null && r.Code != "EU").Should().OnlyContain(r => r.UrgentCare != null);
        CareRegion.Find("US")!.UrgentCare.Should().Be("urgent care");
        CareRegion.Find("CA")!.UrgentCare.Should().Be("urgent care");
    }

    [Fact]
    public void Every_number_dials_as_digits_only()
    {
        var lines = CareRegion.All.SelectMany(r => r.EmergencyLines.Append(r.AdviceLine)).OfType<PhoneLine>();

        lines.Should().OnlyContain(line => line.TelHref.StartsWith("tel:", StringComparison.Ordinal) && line.Number.All(char.IsAsciiDigit));
        CareRegion.Find("IE")!.EmergencyLines.Select(l => l.TelHref).Should().Equal("tel:112", "tel:999");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_setting_means_the_uk(string? setting)
    {
        CareRegion.FromSetting(setting).Code.Should().Be("UK");
    }

    [Theory]
    [InlineData("au", "AU")]
    [InlineData(" NZ ", "NZ")]
    public void A_setting_is_read_whatever_its_case_and_spaces(string setting, string code)
    {
        CareRegion.FromSetting(setting).Code.Should().Be(code);
    }

    [Theory]
    [InlineData("GB")]
    [InlineData("FR")]
    [InlineData("Europe")]
    public void An_unknown_region_stops_start_up_with_the_choices(string setting)
    {
        var act = () => CareRegion.FromSetting(setting);

        act.Should().Throw<GuideContentException>().WithMessage($"Guidance:DefaultRegion is '{setting}'; use one of UK, IE, US, CA, AU, NZ, EU.");
    }
}
