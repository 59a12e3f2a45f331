using System.Net;
using CpdTwitter.Domain.Notifications;
using MimeKit;

namespace CpdTwitter.Infrastructure.Notifications;

/// <summary>
/// The e-mail copy of a notification: HTML with a plain-text alternative, both with the absolute link to the app. Every
/// value people wrote (the notification repeats post text, names and notes) is HTML-encoded in the HTML part.
/// </summary>
public static class NotificationEmail
{
    private const string Footer = "This message repeats a notification in CpdTwitter; read and answer it in the app on a Department device.";

    public static MimeMessage Compose(Notification notification, string email, string name, string from, PublicBaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(name, email));
        message.Subject = "CpdTwitter: " + (notification.Text.Length > 90 ? notification.Text[..89] + "…" : notification.Text);
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("cpdtwitter.local");
        var link = baseUrl.Link(notification.Link);
        var body = new BodyBuilder
        {
            TextBody = $"{notification.Text}\n\nOpen: {link}\n\n{Footer}\n",
            HtmlBody = $"""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>CpdTwitter</title></head>
                <body>
                <p>{Encode(notification.Text)}</p>
                <p><a href="{Encode(link)}">Open in CpdTwitter</a></p>
                <p><small>{Encode(Footer)}</small></p>
                </body>
                </html>
                """,
        };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
