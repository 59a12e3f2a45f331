using System.Globalization;
using Bogus;
using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// Plausible district postings per category. None uses a notable term, a link or promotional wording, or names
/// another district, so only the posts marked notable are routed to News Affairs (a test holds the templates to that).
/// </summary>
internal sealed class PostTexts(Faker faker)
{
    private static readonly string[] Tips =
    [
        "Lock your car and take your valuables with you, even for a quick stop.",
        "Package thefts rise before the holidays. Ask for signature delivery or use a parcel locker.",
        "Never leave your car running unattended, even to scrape the windshield.",
        "Light up your porch and gangway at night. Well-lit entrances deter thieves.",
        "Register your bike's serial number. It helps us return it if it is ever stolen.",
        "Keep your garage door closed and locked, even when you are home.",
        "Scammers pose as utility workers. Ask for ID and call the company before letting anyone in.",
        "Going away? Ask a neighbor to collect your mail and keep a light on a timer.",
    ];

    private static readonly string[] Events =
        ["Coffee with a Cop", "a back-to-school fair", "a youth basketball clinic", "a senior safety seminar", "a community clean-up", "a bike safety rodeo", "a family movie night"];

    private static readonly string[] Places =
        ["the district station", "the park fieldhouse", "the public library branch", "the community center", "the recreation center"];

    private static readonly string[] Reasons =
        ["water main work", "a street festival", "sewer repairs", "tree trimming", "resurfacing", "a parade"];

    private static readonly string[] Thefts =
        ["catalytic converter thefts", "garage burglaries", "thefts from vehicles", "package thefts", "bicycle thefts", "phone snatchings"];

    private static readonly string[] Followups =
        [" Thank you!", " Questions? Call the CAPS office.", " Stay safe.", " Share with your neighbors.", " See you there!"];

    public string Write(PostCategory category, int district, DateTime atUtc, DateOnly? eventDate)
    {
        var tag = $"#{ChicagoDistricts.Ordinal(district)}District";
        var day = (eventDate ?? DateOnly.FromDateTime(atUtc)).ToString("dddd, MMMM d", CultureInfo.InvariantCulture);
        var text = category switch
        {
            PostCategory.CommunityAlert =>
                $"Street closure: {Street()} between {Street()} and {Street()} until {faker.Random.Int(3, 9)} pm for {faker.PickRandom(Reasons)}. Please use {Street()} instead.",
            PostCategory.CrimePreventionTip => $"{faker.PickRandom(Tips)} {tag}",
            PostCategory.SuccessStory =>
                $"Thank you to the neighbors on the {Block()} block of {Street()} who called 911. Officers found a lost {faker.PickRandom("dog", "wallet", "bike", "backpack")} and returned it to its owner.",
            PostCategory.CommunityEvent => $"Join us for {faker.PickRandom(Events)} at {faker.PickRandom(Places)}, {Block()} {Street()}, on {day} at {faker.Random.Int(1, 7)} pm. All are welcome!",
            PostCategory.DistrictCrimeAlert =>
                $"Community alert: {faker.PickRandom(Thefts)} reported near {Street()} and {Street()} this week. Call 911 if you see anything suspicious. {tag}",
            PostCategory.BeatMeeting =>
                $"Beat {district:00}{faker.Random.Int(11, 35)} meeting {day} at 6:30 pm at {faker.PickRandom(Places)}, {Block()} {Street()}. Bring your questions!",
            PostCategory.SpecialEvent => $"Special event: free bike registration at {faker.PickRandom(Places)} on {day}, 10 am to 2 pm. {tag}",
            _ => throw new ArgumentOutOfRangeException(nameof(category)),
        };
        return text;
    }

    /// <summary>An author's later save: a small addition, as people polish a post before sending it.</summary>
    public string Revise(string text) => text.Length < 220 ? text + faker.PickRandom(Followups) : text.TrimEnd('!', '.') + ".";

    public string ReturnComment() => faker.PickRandom(
        "Please give the exact time and place.", "Take out the street names until the scene is cleared.", "Shorten it and add the CAPS office phone number.");

    public string RejectReason() => faker.PickRandom(
        "This is a matter for a department-wide release.", "The incident is still under investigation.", "Not suitable for the district account.");

    public string CorrectionNote() => faker.PickRandom(
        "The meeting time changed to 7 pm; please post a correction.", "The street name is misspelled.", "The date is wrong; please correct it.");

    public string ReplacementReason() => faker.PickRandom("Reassigned to another unit.", "Promoted.", "Retired.", "Transferred to another watch.");

    private string Street() => faker.PickRandom(Streets);

    private string Block() => (faker.Random.Int(1, 79) * 100).ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Streets =
    [
        "Ashland Ave", "Western Ave", "Halsted St", "Damen Ave", "Racine Ave", "Pulaski Rd", "Cicero Ave", "Kedzie Ave",
        "Roosevelt Rd", "Madison St", "Chicago Ave", "Division St", "North Ave", "Fullerton Ave", "Belmont Ave", "Irving Park Rd",
        "Lawrence Ave", "Devon Ave", "Taylor St", "Ogden Ave", "Cermak Rd", "Archer Ave", "Garfield Blvd", "79th St", "87th St",
        "95th St", "Stony Island Ave", "Cottage Grove Ave", "State St", "Michigan Ave", "Clark St", "Broadway", "Milwaukee Ave",
    ];
}
