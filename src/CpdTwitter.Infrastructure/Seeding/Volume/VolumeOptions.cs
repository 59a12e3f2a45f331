using System.Globalization;
using CpdTwitter.Domain.Districts;

namespace CpdTwitter.Infrastructure.Seeding.Volume;

/// <summary>
/// What <c>seed-volume</c> generates: <c>--posts N --years Y --seed S --password P --unreviewed-district D --unreviewed K</c>.
/// The password may also come from <see cref="PasswordVariable"/>; without one the generated accounts cannot sign in.
/// </summary>
public sealed record VolumeOptions(int Posts, int Years, int Seed, string? Password, int? UnreviewedDistrict, int Unreviewed)
{
    public const string PasswordVariable = "SEED_VOLUME_PASSWORD";

    public const string Usage =
        "seed-volume [--posts 1000000] [--years 10] [--seed 12] [--password <pw>] [--unreviewed-district 12 --unreviewed 1500]";

    public static VolumeOptions Default { get; } = new(1_000_000, 10, 12, null, null, 0);

    /// <summary>The options after the command name, or the reason they cannot be used.</summary>
    public static (VolumeOptions? Options, string? Error) Parse(IReadOnlyList<string> args, string? passwordFromEnvironment)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = Default with { Password = string.IsNullOrEmpty(passwordFromEnvironment) ? null : passwordFromEnvironment };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value.");
            }

            var value = args[++i];
            int Number(int min, int max) =>
                int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : throw new FormatException($"{name} takes a whole number from {min} to {max}.");
            try
            {
                options = name switch
                {
                    "--posts" => options with { Posts = Number(1, 50_000_000) },
                    "--years" => options with { Years = Number(1, 30) },
                    "--seed" => options with { Seed = Number(0, int.MaxValue) },
                    "--password" => options with { Password = value },
                    "--unreviewed-district" => options with { UnreviewedDistrict = Number(1, 99) },
                    "--unreviewed" => options with { Unreviewed = Number(0, 50_000_000) },
                    _ => throw new FormatException($"Unknown option {name}."),
                };
            }
            catch (FormatException ex)
            {
                return (null, ex.Message);
            }
        }

        if (options.UnreviewedDistrict is { } district && !ChicagoDistricts.Exists(district))
        {
            return (null, $"There is no district {district}.");
        }

        if (options.Unreviewed > 0 && options.UnreviewedDistrict is null)
        {
            return (null, "--unreviewed needs --unreviewed-district.");
        }

        return (options, null);
    }
}
