using QRCoder;

namespace CpdTwitter.Web.Pages.Account;

/// <summary>Renders a QR code server-side as SVG markup (no script, nothing leaves the server).</summary>
public static class QrCode
{
    public static string Svg(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
