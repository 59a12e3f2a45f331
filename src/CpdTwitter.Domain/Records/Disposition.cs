using CpdTwitter.Domain.People;

namespace CpdTwitter.Domain.Records;

public enum DispositionState
{
    Proposed = 0,
    Approved = 1,
    Withdrawn = 2,
}

/// <summary>
/// The destruction of records whose retention has run out, under a disposal certificate of the Local Records Commission
/// of Cook County (50 ILCS 205/7). One ISD member proposes it with the certificate number and the records it covers; a
/// different ISD member approves it. On approval the records' content is purged and a <see cref="DisposedRecord"/>
/// tombstone stays for each. A record under a legal hold or an open public-records request is refused at both steps.
/// </summary>
public sealed class Disposition
{
    public const int CertificateMaxLength = 64;
    public const int MaxRecords = 500;
    public const int NoteMaxLength = 1000;

    private readonly List<DisposedRecord> _records = [];

    private Disposition()
    {
        Certificate = ScheduleItem = ProposedBy = ProposedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public RecordSeries Series { get; private set; }

    /// <summary>Only this district's records, or every district's.</summary>
    public int? District { get; private set; }

    /// <summary>Records last changed before this moment (and past their retention) were selected.</summary>
    public DateTime CutoffUtc { get; private set; }

    public string Certificate { get; private set; }

    /// <summary>The schedule item in force when proposed.</summary>
    public string ScheduleItem { get; private set; }

    public DispositionState State { get; private set; }

    public string ProposedBy { get; private set; }

    public string ProposedByName { get; private set; }

    public DateTime ProposedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? WithdrawNote { get; private set; }

    public int RecordCount { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<DisposedRecord> Records => _records;

    public static Disposition Propose(RetentionSchedule schedule, int? district, DateTime cutoffUtc, string? certificate, IReadOnlyList<HeldRecord> selected, IReadOnlyList<HoldScope> holds, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(by);
        RetentionSchedule.RequireIsd(by);
        if (!schedule.Series.AppDisposes())
        {
            throw new DomainException($"{schedule.Series.DisplayName()} are not disposed of by the app.");
        }

        if (schedule.EligibleIfLastChangedBefore(nowUtc) is not { } eligibleBefore)
        {
            throw new DomainException("Enter the retention period and schedule item for this series first.");
        }

        if (cutoffUtc > eligibleBefore)
        {
            throw DomainException.For("Cutoff", "The cutoff is later than the retention period allows.");
        }

        var cert = certificate?.Trim() ?? string.Empty;
        if (cert.Length == 0 || cert.Length > CertificateMaxLength)
        {
            throw DomainException.For(nameof(Certificate), $"Enter the disposal certificate number of the Local Records Commission of Cook County (at most {CertificateMaxLength} characters).");
        }

        if (selected.Count == 0)
        {
            throw new DomainException("No records are eligible for disposition with this cutoff.");
        }

        if (selected.Count > MaxRecords)
        {
            throw new DomainException($"A disposition covers at most {MaxRecords} records; propose the rest in another.");
        }

        RequireNoneHeld(selected, holds);
        var disposition = new Disposition
        {
            Id = Guid.NewGuid(),
            Series = schedule.Series,
            District = district,
            CutoffUtc = cutoffUtc,
            Certificate = cert,
            ScheduleItem = schedule.ScheduleItem,
            State = DispositionState.Proposed,
            ProposedBy = by.UserId,
            ProposedByName = by.Name,
            ProposedAt = nowUtc,
            RecordCount = selected.Count,
        };
        disposition._records.AddRange(selected.Select(r => new DisposedRecord(disposition.Id, schedule.Series, r)));
        return disposition;
    }

    /// <summary>Whether <paramref name="by"/> may approve: ISD, and not the person who proposed it.</summary>
    public bool MayBeApprovedBy(Actor by) =>
        by is not null && State == DispositionState.Proposed && by.Is(Roles.IsdAdministrator) && !string.Equals(by.UserId, ProposedBy, StringComparison.Ordinal);

    /// <summary>
    /// The second person's approval. The holds are checked again (one may have been placed since the proposal); then
    /// each record's tombstone takes its content hash, and the caller purges the content.
    /// </summary>
    public void Approve(IReadOnlyList<HoldScope> holds, IReadOnlyDictionary<Guid, string> contentHashes, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(contentHashes);
        ArgumentNullException.ThrowIfNull(by);
        RetentionSchedule.RequireIsd(by);
        RequireProposed();
        if (string.Equals(by.UserId, ProposedBy, StringComparison.Ordinal))
        {
            throw new DomainException("A disposition needs two people: a different ISD member must approve it.");
        }

        RequireNoneHeld(_records.Select(r => r.Facts).ToList(), holds);
        foreach (var record in _records)
        {
            if (!contentHashes.TryGetValue(record.RecordId, out var hash))
            {
                throw new DomainException("A record of this disposition could not be found; withdraw it and propose again.");
            }

            record.Seal(hash, nowUtc);
        }

        State = DispositionState.Approved;
        DecidedBy = by.UserId;
        DecidedByName = by.Name;
        DecidedAt = nowUtc;
        Version++;
    }

    public void Withdraw(string? note, Actor by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        RetentionSchedule.RequireIsd(by);
        RequireProposed();
        var text = note?.Trim();
        WithdrawNote = string.IsNullOrEmpty(text) ? null : text.Length <= NoteMaxLength ? text : throw DomainException.For(nameof(WithdrawNote), $"At most {NoteMaxLength} characters.");
        State = DispositionState.Withdrawn;
        DecidedBy = by.UserId;
        DecidedByName = by.Name;
        DecidedAt = nowUtc;
        Version++;
    }

    /// <summary>Refuses when any record is covered by a hold in force (a legal hold or an open public-records request).</summary>
    public static void RequireNoneHeld(IReadOnlyList<HeldRecord> records, IReadOnlyList<HoldScope> holds)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(holds);
        var held = records.Count(r => holds.Any(h => h.Covers(r)));
        if (held > 0)
        {
            throw new DomainException($"{Plural.Count(held, "record")} {(held == 1 ? "is" : "are")} under a legal hold or an open public-records request and cannot be disposed of. Withdraw this disposition and propose it again.");
        }
    }

    private void RequireProposed()
    {
        if (State != DispositionState.Proposed)
        {
            throw new DomainException("This disposition was already decided.");
        }
    }
}
