using BenchmarkDotNet.Attributes;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Benchmarks;

/// <summary>X's weighted length of a post, as the composer's server check and every submit and approval compute it.</summary>
[MemoryDiagnoser]
public class TweetTextBenchmarks
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["short"] = "Beat meeting tonight, 6 pm, at the 12th District station. All are welcome.",
        ["long"] = "Community alert for the Near West Side: a string of garage burglaries was reported overnight between Ashland and "
            + "Damen, from Madison to Roosevelt. Lock garage doors, keep lights on, and note any unfamiliar vehicles. Call 911 "
            + "for emergencies and 311 for non-emergency reports. Thank you!",
        ["url-heavy"] = "Updates: https://www.chicagopolice.org/news/012 and chicago.gov/alerts, "
            + "map at https://data.cityofchicago.org/Public-Safety/Crimes/ijzp-q8t2, beat list www.chicagopolice.org/beats "
            + "and the survey https://cityofchicago.org/survey?district=012&lang=en (also 911.gov).",
        ["emoji-cjk"] = "🚨 社区安全会议 今晚六点 第十二警区 👮‍♀️👮‍♂️ 欢迎所有居民参加 🇺🇸 👨‍👩‍👧‍👦 "
            + "지역 안전 회의 오늘 밤 여섯 시 🙏🏽 Reunión comunitaria esta noche ✅",
    };

    [Params("short", "long", "url-heavy", "emoji-cjk")]
    public string Text { get; set; } = "short";

    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Texts[Text];

    [Benchmark]
    public TweetMeasurement Measure() => TweetText.Measure(_text);
}
