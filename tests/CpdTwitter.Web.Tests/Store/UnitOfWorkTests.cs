using System.Globalization;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Domain.Posts;
using CpdTwitter.Domain.Publishing;
using CpdTwitter.Infrastructure;
using CpdTwitter.Infrastructure.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using CpdTwitter.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTwitter.Web.Tests.Store;

/// <summary>How a failed save comes back: a conflict with a simultaneous change, or any other database error.</summary>
public sealed class UnitOfWorkTests(LogCapturingFactory app) : IClassFixture<LogCapturingFactory>
{
    private Task<int> SqlAsync(string sql) =>
        app.WithServiceAsync<int, CpdTwitterDbContext>(db => db.Database.ExecuteSqlRawAsync(sql));

    private Task<List<AuditEvent>> AuditAsync(string subjectType, string subjectId) =>
        app.WithServiceAsync<List<AuditEvent>, CpdTwitterDbContext>(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == subjectType && e.SubjectId == subjectId).OrderBy(e => e.Sequence).ToListAsync());

    private Task<AuditVerification> VerifyAsync() =>
        app.WithServiceAsync<AuditVerification, AuditVerifier>(v => v.VerifyAsync());

    [Fact]
    public async Task A_database_error_that_is_no_conflict_is_logged_and_reported_plainly_and_its_audit_event_is_never_sealed()
    {
        await SqlAsync("CREATE TRIGGER test_refuse_switch BEFORE INSERT ON PublishingSwitches WHEN NEW.Scope = 21 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        var errorsBefore = app.ErrorsFrom<UnitOfWork>().Count;
        await using var scope = app.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PostWorkflow>();

        var failed = await workflow.PauseAsync(21, TestActors.Commander(21), "First try");

        failed.Succeeded.ShouldBeFalse();
        failed.Errors.ShouldBe([(string.Empty, UnitOfWork.FailureMessage)]);
        var logged = app.ErrorsFrom<UnitOfWork>().Skip(errorsBefore).ShouldHaveSingleItem();
        logged.Exception.ShouldBeOfType<DbUpdateException>();
        logged.RenderMessage(CultureInfo.InvariantCulture).ShouldContain(nameof(PublishingSwitch));
        (await AuditAsync(AuditSubjects.Publishing, "21")).ShouldBeEmpty();

        // The next change in the same unit of work is kept with its own audit event, and only that one.
        await SqlAsync("DROP TRIGGER test_refuse_switch;");
        var retried = await workflow.PauseAsync(21, TestActors.Commander(21), "Second try");

        retried.Succeeded.ShouldBeTrue(string.Join("; ", retried.Errors.Select(e => e.Message)));
        var kept = (await AuditAsync(AuditSubjects.Publishing, "21")).ShouldHaveSingleItem();
        kept.Action.ShouldBe(AuditActions.Publishing.Paused);
        kept.Details.ShouldContain("Second try");
        kept.Details.ShouldNotContain("First try");
        (await VerifyAsync()).IsIntact.ShouldBeTrue();
        app.ErrorsFrom<UnitOfWork>().Count.ShouldBe(errorsBefore + 1);
    }

    [Fact]
    public async Task A_second_insert_of_the_same_row_is_a_conflict_and_is_not_logged()
    {
        (await app.WithServiceAsync<Outcome, PostWorkflow>(w => w.RequireSergeantApprovalAsync(22, true, TestActors.Commander(22)))).Succeeded.ShouldBeTrue();
        var errorsBefore = app.ErrorsFrom<UnitOfWork>().Count;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();

        // As another instance would, having also found no row for district 22 a moment before the first insert.
        var outcome = await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(() =>
        {
            db.PublishingSwitches.Add(new PublishingSwitch(22));
            audit.Record(AuditActions.Publishing.SergeantApprovalChanged, AuditSubjects.Publishing, "22", 22, new { required = false });
            return Task.FromResult("22");
        }, CancellationToken.None);

        outcome.Errors.ShouldBe([(string.Empty, UnitOfWork.ConflictMessage)]);
        app.ErrorsFrom<UnitOfWork>().Count.ShouldBe(errorsBefore);
        (await AuditAsync(AuditSubjects.Publishing, "22")).Select(e => e.Details).ShouldBe(["{\"required\":true}"]);
        (await VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task Removing_what_someone_else_removed_a_moment_ago_is_a_conflict()
    {
        var added = await app.WithServiceAsync<Outcome, PolicyListAdministration>(p => p.AddAsync(PolicyListKind.PromotionalTerm, "limited offer", TestActors.NewsAffairs));
        var id = int.Parse(added.Id!, CultureInfo.InvariantCulture);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var term = await db.PolicyTerms.SingleAsync(t => t.Id == id);
        (await app.WithServiceAsync<Outcome, PolicyListAdministration>(p => p.RemoveAsync(id, TestActors.NewsAffairs))).Succeeded.ShouldBeTrue();

        var outcome = await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(() =>
        {
            db.PolicyTerms.Remove(term);
            audit.Record(AuditActions.Policy.TermRemoved, AuditSubjects.PolicyTerm, added.Id, null, new { stale = true });
            return Task.FromResult(added.Id!);
        }, CancellationToken.None);

        outcome.Errors.ShouldBe([(string.Empty, UnitOfWork.ConflictMessage)]);
        (await AuditAsync(AuditSubjects.PolicyTerm, added.Id!)).Select(e => e.Action).ShouldBe([AuditActions.Policy.TermAdded, AuditActions.Policy.TermRemoved]);
        (await VerifyAsync()).IsIntact.ShouldBeTrue();
    }
}
