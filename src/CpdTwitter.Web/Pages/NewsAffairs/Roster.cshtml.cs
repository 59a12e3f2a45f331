using System.Globalization;
using System.Text;
using CpdTwitter.Domain.Representatives;
using CpdTwitter.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CpdTwitter.Web.Pages.NewsAffairs;

/// <summary>The department-wide roster of active representatives: a print view and a CSV file.</summary>
public sealed class RosterModel(CpdTwitterDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<(string District, Appointment Appointment)> Rows { get; private set; } = [];

    public DateTime GeneratedAt { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var csv = new StringBuilder("District,Slot,Rank,Name,Star number,Employee number,Log-on ID,Department e-mail,Appointed (UTC),Acknowledged by News Affairs (UTC)\r\n");
        foreach (var (district, a) in Rows)
        {
            csv.AppendJoin(',', new[]
            {
                district, a.Slot.ToString(CultureInfo.InvariantCulture), a.Rank, a.Name, a.StarNumber, a.EmployeeNumber, a.LogOnId, a.Email,
                a.AppointedAt.ToString("u", CultureInfo.InvariantCulture), a.AcknowledgedAt?.ToString("u", CultureInfo.InvariantCulture) ?? string.Empty,
            }.Select(Csv)).Append("\r\n");
        }

        var name = $"representatives-roster-{GeneratedAt:yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", name);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        GeneratedAt = time.GetUtcNow().UtcDateTime;
        var districts = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Number, d => d.DisplayName, cancellationToken);
        var active = await db.Appointments.AsNoTracking().Where(a => a.EndedAt == null)
            .OrderBy(a => a.District).ThenBy(a => a.Slot).ToListAsync(cancellationToken);
        Rows = active.Select(a => (districts[a.District], a)).ToList();
    }

    // RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not execute it.
    private static string Csv(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
