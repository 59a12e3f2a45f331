namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>How a generated post's story ends, decided up front so that the last postings of a district can be left unreviewed.</summary>
internal enum PostFate : byte
{
    Reviewed,
    NeedsCorrection,
    Unreviewed,
    Pulled,
    Abandoned,
    Rejected,
}

/// <summary>The district and fate of every post, 2 bytes each (2 MB for a million posts).</summary>
internal sealed class PostPlan
{
    public PostPlan(int posts, Random random, int? unreviewedDistrict, int unreviewed)
    {
        var districts = Domain.Districts.ChicagoDistricts.All.Select(d => (byte)d.Number).ToArray();
        District = new byte[posts];
        Fate = new PostFate[posts];
        for (var i = 0; i < posts; i++)
        {
            District[i] = districts[random.Next(districts.Length)];
            var roll = random.Next(1000);
            Fate[i] = roll switch
            {
                < 20 => PostFate.Abandoned,
                < 26 => PostFate.Rejected,
                < 36 => PostFate.Pulled,
                < 56 => PostFate.NeedsCorrection,
                _ => PostFate.Reviewed,
            };
        }

        if (unreviewedDistrict is { } district)
        {
            var left = unreviewed;
            for (var i = posts - 1; i >= 0 && left > 0; i--)
            {
                if (District[i] == district && Fate[i] is PostFate.Reviewed or PostFate.NeedsCorrection)
                {
                    Fate[i] = PostFate.Unreviewed;
                    left--;
                }
            }
        }
    }

    public byte[] District { get; }

    public PostFate[] Fate { get; }
}
