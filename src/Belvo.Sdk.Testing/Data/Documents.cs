using System.Globalization;
using System.Text;

namespace Belvo.Sdk.Testing.Data;

/// <summary>Small, valid attachments in the base64 form Belvo returns them: a one-page PDF and a CFDI XML.</summary>
internal static class Documents
{
    /// <summary>A minimal one-page PDF whose page shows <paramref name="title"/>, base64-encoded.</summary>
    public static string Pdf(string title)
    {
        var text = title.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(pdf.ToString()));
    }

    /// <summary>A CFDI 4.0 skeleton for an invoice, base64-encoded.</summary>
    public static string InvoiceXml(string uuid, string sender, string receiver, decimal total, string date) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><cfdi:Comprobante xmlns:cfdi=\"http://www.sat.gob.mx/cfd/4\" Version=\"4.0\" Fecha=\"{date}T12:00:00\" Total=\"{total.ToString(CultureInfo.InvariantCulture)}\" Moneda=\"MXN\"><cfdi:Emisor Rfc=\"{sender}\"/><cfdi:Receptor Rfc=\"{receiver}\"/><cfdi:Complemento><tfd:TimbreFiscalDigital xmlns:tfd=\"http://www.sat.gob.mx/TimbreFiscalDigital\" UUID=\"{uuid}\"/></cfdi:Complemento></cfdi:Comprobante>"));
}
