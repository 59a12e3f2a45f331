using CpdTwitter.Infrastructure.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CpdTwitter.Infrastructure.Notifications;

/// <summary>
/// E-mails each notification after the change that caused it has committed, so a mail problem never blocks or undoes
/// that change. A failed send is retried with backoff up to <see cref="EmailOptions.MaxAttempts"/> times.
/// </summary>
public sealed partial class NotificationMailer(IServiceScopeFactory scopes, IOptions<EmailOptions> options, PublicBaseUrl baseUrl, TimeProvider time, ILogger<NotificationMailer> logger)
    : BackgroundService
{
    private const int Batch = 50;

    /// <summary>Sends what is due now; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Configured)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTwitterDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await (from n in db.Notifications
                         join u in db.Users on n.UserId equals u.Id
                         where n.EmailedAt == null && (n.EmailRetryAt == null || n.EmailRetryAt <= now) && u.Email != null
                         orderby n.CreatedAt
                         select new { Notification = n, u.Email, u.DisplayName })
            .Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var item in due)
        {
            try
            {
                await DeliverAsync(NotificationEmail.Compose(item.Notification, item.Email!, item.DisplayName, settings.From, baseUrl), settings, cancellationToken);
                item.Notification.Emailed(time.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException or SslHandshakeException or UnauthorizedAccessException)
            {
                LogSendFailed(logger, ex, item.Notification.Id);
                item.Notification.EmailFailed(time.GetUtcNow().UtcDateTime, settings.MaxAttempts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Configured)
        {
            LogNotConfigured(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.PollSeconds)), time);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not stop e-mail for good; the next tick tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal static async Task DeliverAsync(MimeMessage message, EmailOptions settings, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            var path = Path.Combine(settings.PickupDirectory, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await smtp.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail for notification {NotificationId} failed; it will be retried.")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid notificationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail is not configured (Email:SmtpHost or Email:PickupDirectory); notifications stay in the app.")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail poll failed; retrying at the next poll.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
