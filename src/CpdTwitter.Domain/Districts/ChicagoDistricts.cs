namespace CpdTwitter.Domain.Districts;

/// <summary>The 22 districts of the Chicago Police Department (13, 21 and 23 were consolidated in 2012).</summary>
public static class ChicagoDistricts
{
    public static IReadOnlyList<District> All { get; } =
    [
        new(1, "Central"),
        new(2, "Wentworth"),
        new(3, "Grand Crossing"),
        new(4, "South Chicago"),
        new(5, "Calumet"),
        new(6, "Gresham"),
        new(7, "Englewood"),
        new(8, "Chicago Lawn"),
        new(9, "Deering"),
        new(10, "Ogden"),
        new(11, "Harrison"),
        new(12, "Near West"),
        new(14, "Shakespeare"),
        new(15, "Austin"),
        new(16, "Jefferson Park"),
        new(17, "Albany Park"),
        new(18, "Near North"),
        new(19, "Town Hall"),
        new(20, "Lincoln"),
        new(22, "Morgan Park"),
        new(24, "Rogers Park"),
        new(25, "Grand Central"),
    ];

    public static bool Exists(int number) => All.Any(d => d.Number == number);

    /// <summary>"1st", "12th", "22nd": how a district is named in a post.</summary>
    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }
}
