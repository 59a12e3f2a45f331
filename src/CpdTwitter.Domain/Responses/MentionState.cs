namespace CpdTwitter.Domain.Responses;

/// <summary>Where a mention of the district account stands in the district's inbox.</summary>
public enum MentionState
{
    New = 1,

    /// <summary>The district answered it with a response posting.</summary>
    Responded = 2,

    /// <summary>Read and closed without an answer; the reason is kept.</summary>
    NoResponseNeeded = 3,

    /// <summary>Handed to News Affairs as a media inquiry (directive IV.F).</summary>
    Escalated = 4,
}

public static class MentionStates
{
    public static string DisplayName(this MentionState state) => state switch
    {
        MentionState.New => "New",
        MentionState.Responded => "Responded",
        MentionState.NoResponseNeeded => "No response needed",
        MentionState.Escalated => "Escalated",
        _ => state.ToString(),
    };
}
