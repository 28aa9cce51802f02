using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Medline.Parser.Tokenizing;

namespace Medline.Parser.Tests.Tokenizing;

/// <summary>
/// The chunk reader's line counter (lane counters over UTF-16 chars, the library's count over UTF-8 bytes)
/// against a plain loop: LF, CRLF and lone CR, any length, any place in the vector, and texts long enough to wrap the
/// lane counters.
/// </summary>
public class LineBreakCountTests
{
    private static int Naive(string text)
    {
        var breaks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }

    private static (int Chars, int Bytes) Count(string text) =>
        (RecordChunker.CountLineBreaks<char>(text), RecordChunker.CountLineBreaks<byte>(Encoding.UTF8.GetBytes(text)));

    [Property(MaxTest = 500)]
    public Property Counts_LF_CRLF_and_lone_CR_like_a_plain_loop() =>
        Prop.ForAll(
            Gen.Elements('a', '\n', '\r', ' ', 'é', '\u0a0a', '\u0d0d', '\u0a0d').ArrayOf().Select(c => new string(c)).ToArbitrary(),
            text => Count(text) == (Naive(text), Naive(text)));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    public void Counts_at_every_length_around_a_vector(int length)
    {
        Count(new string('\n', length)).Should().Be((length, length));
        Count(new string('\r', length)).Should().Be((length, length));
        Count(string.Concat(Enumerable.Repeat("\r\n", length))).Should().Be((length, length));
    }

    [Fact]
    public void Lane_counters_do_not_wrap_on_a_long_text_of_line_breaks()
    {
        // Char lanes wrap after 65,535: the counts are summed before.
        var text = new string('\n', (ushort.MaxValue * 8 * 3) + 5);
        Count(text).Should().Be((text.Length, text.Length));
        Count(text.Replace('\n', '\r')).Should().Be((text.Length, text.Length));
    }
}
