using CpdTwitter.Domain.Media;
using CpdTwitter.Domain.Posts;

namespace CpdTwitter.Infrastructure.Records.Export;

/// <summary>
/// One thing that happened to a posting, as the package tells it: a revision saved, the submission, each decision,
/// the release, publication, each review, the discontinuation and the take-down. Texts and notes are already redacted.
/// </summary>
public sealed record RecordEvent(string Kind, int? Revision, DateTime AtUtc, string? ByName, string? ByRole, string? Text, string? Note);

/// <summary>A posting with its whole history and images, redacted, ready to be written in every format of the package.</summary>
public sealed record PostingRecord(Post Post, string Text, string? SentText, IReadOnlyList<RecordEvent> Events, IReadOnlyList<RecordImage> Images, RecordReply? InReplyTo = null);

/// <summary>For a response, the mention it answers: its X id, its author's handle and its text (redacted).</summary>
public sealed record RecordReply(Guid MentionId, string XPostId, string AuthorHandle, string AuthorName, string Text);

/// <summary>An image of a posting (of any revision) and where it lies in the package (null when the file is missing from the media folder).</summary>
public sealed record RecordImage(PostImage Image, string AltText, string? PackagePath);
