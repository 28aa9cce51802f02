using System.Globalization;
using Sprache;

namespace Medline.Parser.Grammar;

/// <summary>
/// Value grammars for the typed layer: one entry point per value kind (<c>ParseXxx(string value)</c>), each trying a
/// span fast path and falling back to a Sprache grammar. Nothing here throws on bad input.
/// </summary>
/// <remarks>
/// Sprache parsers are <c>static readonly</c> fields. Static initializers of a partial class run in an order that
/// depends on file order, so a field may only use fields declared ABOVE it in the SAME file, or the primitives in
/// <see cref="Prim"/> (a separate class, initialised on first use).
/// </remarks>
internal static partial class FieldGrammar
{
    /// <summary>Shared Sprache primitives, in their own class so every partial file can use them safely.</summary>
    internal static class Prim
    {
        public static readonly Parser<char> Space = Parse.Char(' ');
        public static readonly Parser<IEnumerable<char>> Spaces = Space.AtLeastOnce();
        // ASCII only: Sprache's Parse.Digit takes any Unicode digit (２, ٤), which no MEDLINE number holds and int.Parse
        // then refuses (found by the fuzzer: a FormatException instead of a diagnostic).
        public static readonly Parser<char> Digit = Parse.Char(char.IsAsciiDigit, "digit");
        public static readonly Parser<string> Digits = Digit.AtLeastOnce().Text();
        public static readonly Parser<string> Digits2 = Digit.Repeat(2).Text();
        public static readonly Parser<string> Digits4 = Digit.Repeat(4).Text();
        public static readonly Parser<string> Word = Parse.Letter.AtLeastOnce().Text();
        public static readonly Parser<string> Rest = Parse.AnyChar.Many().Text();
    }

    internal static int ToInt(string digits) => ToInt(digits.AsSpan());

    internal static int ToInt(ReadOnlySpan<char> digits)
    {
        // The short ASCII numbers of dates by hand; anything else as int.Parse does it (same results, same errors).
        if (digits.Length is > 0 and <= 9)
        {
            var n = 0;
            foreach (var c in digits)
            {
                var d = (uint)(c - '0');
                if (d > 9)
                {
                    return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                }

                n = (n * 10) + (int)d;
            }

            return n;
        }

        return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    internal static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
