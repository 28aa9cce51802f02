namespace Medline.Parser.Model;

/// <summary>An other abstract (OAB): <c>Publisher: Abstract available from the publisher.</c></summary>
public sealed record OtherAbstract
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The type before <c>: </c> (<c>Publisher</c>, <c>AAMC</c>, <c>plain-language-summary</c>), or <see langword="null"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The abstract text.</summary>
    public required string Text { get; init; }

    /// <summary>The language code from the following OABL line (<c>ger</c>), or <see langword="null"/>.</summary>
    public string? Language { get; init; }
}
