using CpdTwitter.Domain.Records;

namespace CpdTwitter.Domain.Tests.Records;

public sealed class RecordSeriesTests
{
    [Fact]
    public void Mentions_are_a_record_series_listed_and_scheduled_but_not_disposed_by_the_app()
    {
        RecordSeriesNames.All.ShouldContain(RecordSeries.Mentions);
        RecordSeries.Mentions.DisplayName().ShouldBe("Mentions of the district accounts");
        RecordSeries.Mentions.AppDisposes().ShouldBeFalse();
        RecordSeriesNames.All.Where(s => s.AppDisposes()).ShouldBe([RecordSeries.Postings]);
    }
}
