using BenchmarkDotNet.Attributes;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Benchmarks;

/// <summary>
/// The post policy a submit and every approval run: the shipped lists and lists grown over ten years (166
/// entries), on a plain text with no finding, a plain text with findings, and the same findings disguised (lookalike
/// letters, zero-width and full-width characters) that <see cref="PolicySkeleton"/> must see through.
/// </summary>
[MemoryDiagnoser]
public class PostPolicyBenchmarks
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["plain-clear"] = "Beat meeting tonight, 6 pm, at the 12th District station, 1412 S Blue Island Ave. Meet your beat officers "
            + "and bring your questions about traffic, parking and block parties. All are welcome.",
        ["plain-findings"] = "Arrest made in the Roosevelt Rd carjacking; the suspect is in custody. Details at https://example.com/story "
            + "and chicagopolice.org/news. Show this post for 20% off at the station fundraiser sale! Also the 18th District helped.",
        ["disguised"] = "Аrrеst made in the Roosevelt Rd car\u200Bjacking; the suspect is in cus\u00ADtody. Details at https://example.com/story "
            + "and chicagopolice.org/news. Show this post for 20% ｏｆｆ at the station fundraiser ѕаlе! Also the 18th District helped.",
    };

    [Params("plain-clear", "plain-findings", "disguised")]
    public string Text { get; set; } = "plain-clear";

    [Params("defaults", "grown")]
    public string Lists { get; set; } = "defaults";

    private string _text = string.Empty;
    private PolicyLists _lists = PolicyLists.Defaults;

    [GlobalSetup]
    public void Setup()
    {
        _text = Texts[Text];
        _lists = Lists == "defaults" ? PolicyLists.Defaults : Grown();
    }

    [Benchmark]
    public PolicyReview Review() => PostPolicy.Review(_text, markedNotable: false, district: 12, _lists);

    [Benchmark]
    public string Skeleton() => PolicySkeleton.Of(_text).Text;

    /// <summary>The defaults plus the kind of entries News Affairs adds over the years: 66 notable terms, 30 domains, 70 promotional terms.</summary>
    private static PolicyLists Grown()
    {
        var defaults = PolicyLists.Defaults;
        var places = new[] { "park", "school", "church", "station", "hospital", "mall", "library", "stadium" };
        var incidents = new[] { "shooting at", "fire at", "lockdown at", "evacuation of", "threat to", "crash near" };
        var notable = defaults.NotableTerms.Concat(incidents.SelectMany(i => places.Select(p => $"{i} {p}"))).ToList();
        var domains = defaults.AllowedDomains.Concat(Enumerable.Range(1, 26).Select(i => $"partner{i}.cityofchicago.org")).ToList();
        var promotional = defaults.PromotionalTerms
            .Concat(Enumerable.Range(1, 59).Select(i => $"limited offer {i}"))
            .ToList();
        return new PolicyLists(notable, domains, promotional);
    }
}
