namespace Medline.Parser.Model;

/// <summary>An article or location identifier (AID, LID): <c>10.1097/MD.0000000000021429 [doi]</c>, <c>e21429 [pii]</c>.</summary>
public sealed record ArticleIdentifier
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The identifier: the text before the last <c> [</c>, or the whole value when it has no type.</summary>
    public required string Value { get; init; }

    /// <summary>The type in the final brackets as written (<c>doi</c>, <c>pii</c>, <c>bookaccession</c>), or <see langword="null"/>.</summary>
    public string? Type { get; init; }
}
