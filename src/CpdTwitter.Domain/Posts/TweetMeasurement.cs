namespace CpdTwitter.Domain.Posts;

/// <summary>
/// How X counts a text (twitter-text <c>parseTweet</c>, config v3). Range ends are UTF-16 indices, inclusive:
/// the valid part of the text ends at <see cref="ValidRangeEnd"/>.
/// </summary>
public sealed record TweetMeasurement(int WeightedLength, bool IsValid, int Permillage, int ValidRangeEnd, int DisplayRangeEnd)
{
    /// <summary>Characters left (negative when over the limit).</summary>
    public int Remaining => TweetText.MaxWeightedLength - WeightedLength;
}

/// <summary>A link X recognises in a text: where it is (UTF-16 indices in the NFC-normalised text) and its host.</summary>
public sealed record TweetUrl(string Url, string Host, int Start, int Length);
