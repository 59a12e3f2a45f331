using System.Globalization;
using CpdTwitter.Domain.Audit;
using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Notifications;
using CpdTwitter.Infrastructure.Records.Signing;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CpdTwitter.Infrastructure.Records.Checkpoints;

/// <summary>
/// Writes the signed checkpoints that are due (<see cref="CheckpointSchedule"/>) to the log outside the database, and
/// e-mails each to the records address. It runs beside the app, never inside a request: an audit append does not wait
/// for it and cannot fail because of it. What is due is worked out from the log's own last line each time, so a
/// checkpoint missed while the app was down (or a boundary passed between polls) is written on the next run, for
/// exactly the event it names.
/// </summary>
public sealed partial class AuditCheckpointWriter(
    IServiceScopeFactory scopes,
    CheckpointLog log,
    CheckpointKeys keys,
    RecordsSigningKey signingKey,
    IOptions<CheckpointOptions> options,
    IOptions<EmailOptions> email,
    TimeProvider time,
    ILogger<AuditCheckpointWriter> logger) : BackgroundService
{
    /// <summary>Writes every checkpoint that is due now and returns them.</summary>
    public async Task<IReadOnlyList<AuditCheckpoint>> WriteDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var written = new List<AuditCheckpoint>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
            using var appender = log.OpenForAppend();
            var last = appender.Last;
            var head = await db.AuditChainHeads.AsNoTracking().Select(h => h.Sequence).SingleAsync(cancellationToken);
            var now = AuditCheckpoint.Time(time.GetUtcNow().UtcDateTime);
            var due = CheckpointSchedule.Due(last?.Sequence ?? 0, last?.At, head, now, settings.EveryEvents, TimeSpan.FromMinutes(settings.MaxIntervalMinutes));
            foreach (var sequence in due)
            {
                var hash = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence == sequence).Select(e => e.Hash).SingleAsync(cancellationToken);
                var text = AuditCheckpoint.TextToSign(sequence, hash, now, signingKey.KeyId);
                var checkpoint = new AuditCheckpoint(sequence, hash, now, signingKey.KeyId, signingKey.Sign(text));
                appender.Append(checkpoint);
                written.Add(checkpoint);
            }
        }

        foreach (var checkpoint in written)
        {
            LogWritten(logger, checkpoint.Sequence, log.Path);
        }

        if (written.Count > 0 && !string.IsNullOrWhiteSpace(settings.Email) && email.Value.Configured)
        {
            await EmailAsync(written, settings.Email, email.Value, cancellationToken);
        }

        return written;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        keys.KeepCurrentPublicKey();
        if (!options.Value.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), time);
        do
        {
            try
            {
                await WriteDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database or disk hiccup must not stop checkpoints for good; the next poll catches up.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogWriteFailed(logger, ex, log.Path);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>A copy leaves the machine; a mail failure is logged and never undoes the log (the log is the record).</summary>
    private async Task EmailAsync(IReadOnlyList<AuditCheckpoint> checkpoints, string to, EmailOptions settings, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = string.Create(CultureInfo.InvariantCulture, $"CpdTwitter audit checkpoint #{checkpoints[^1].Sequence}");
        var lines = string.Join('\n', checkpoints.Select(c => c.ToLogLine()));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Signed audit checkpoints from CpdTwitter. Keep this message: it is a copy of the checkpoint log outside the system.
                Each line is exactly as written to the log; the signature (ECDSA P-256, SHA-256, base64 r||s) covers the text
                "{AuditCheckpoint.Format} sequence=… hash=… at=… key=…".

                {lines}

                Public key {signingKey.KeyId}:
                {signingKey.PublicKeyPem}
                """,
        };
        try
        {
            await NotificationMailer.DeliverAsync(message, settings, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException or SslHandshakeException or UnauthorizedAccessException)
        {
            LogEmailFailed(logger, ex, checkpoints[^1].Sequence);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed audit checkpoint at event #{Sequence} written to {Path}.")]
    private static partial void LogWritten(ILogger logger, long sequence, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing audit checkpoints to {Path} failed; retrying at the next poll.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mailing audit checkpoint #{Sequence} failed; the log holds it.")]
    private static partial void LogEmailFailed(ILogger logger, Exception exception, long sequence);
}
