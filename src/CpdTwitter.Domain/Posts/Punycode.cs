using System.Text;

namespace CpdTwitter.Domain.Posts;

/// <summary>
/// Punycode (RFC 3492) as the npm package punycode 1.4 applies it in <c>toASCII</c>: each label with a character outside
/// printable ASCII becomes <c>xn--</c> plus its encoding. twitter-text uses it only to check label lengths.
/// </summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;

    public static string ToAscii(string input)
    {
        var prefix = string.Empty;
        var parts = input.Split('@');
        if (parts.Length > 1)
        {
            prefix = parts[0] + "@";
            input = parts[1];
        }

        input = input.Replace('\u3002', '.').Replace('\uFF0E', '.').Replace('\uFF61', '.');
        return prefix + string.Join('.', input.Split('.').Select(label => label.Any(c => c is < '\x20' or > '\x7E') ? "xn--" + Encode(label) : label));
    }

    public static string Encode(string label)
    {
        var input = CodePoints(label);
        var output = new StringBuilder();
        foreach (var c in input.Where(c => c < 0x80))
        {
            output.Append((char)c);
        }

        var basic = output.Length;
        var handled = basic;
        if (basic > 0)
        {
            output.Append('-');
        }

        long n = InitialN;
        long delta = 0;
        var bias = InitialBias;
        while (handled < input.Count)
        {
            var m = input.Where(c => c >= n).Min();
            delta += (m - n) * (handled + 1);
            n = m;
            foreach (var c in input)
            {
                if (c < n)
                {
                    delta++;
                }

                if (c == n)
                {
                    var q = delta;
                    for (var k = Base; ; k += Base)
                    {
                        var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                        if (q < t)
                        {
                            break;
                        }

                        output.Append(Digit((int)(t + ((q - t) % (Base - t)))));
                        q = (q - t) / (Base - t);
                    }

                    output.Append(Digit((int)q));
                    bias = Adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }

            delta++;
            n++;
        }

        return output.ToString();
    }

    private static int Adapt(long delta, int points, bool first)
    {
        delta = first ? delta / Damp : delta >> 1;
        delta += delta / points;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) >> 1)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + ((Base - TMin + 1) * delta / (delta + Skew)));
    }

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    // punycode.ucs2decode: surrogate pairs become one code point, a lone surrogate stays as it is.
    private static List<int> CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                points.Add(text[i]);
            }
        }

        return points;
    }
}
