namespace Medline.Parser.Model;

/// <summary>Which medium an <see cref="Issn"/> belongs to.</summary>
public enum IssnType
{
    /// <summary>No or an unknown kind is given, or the value is not an ISSN (a book's ISBN).</summary>
    Unknown,

    /// <summary><c>(Print)</c>.</summary>
    Print,

    /// <summary><c>(Electronic)</c>.</summary>
    Electronic,

    /// <summary><c>(Linking)</c>: the ISSN-L that links all media versions.</summary>
    Linking,
}

/// <summary>An IS value: <c>1536-5964 (Electronic)</c>.</summary>
public sealed record Issn
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The ISSN (<c>1536-5964</c>), or the whole value when it is not an ISSN.</summary>
    public required string Value { get; init; }

    /// <summary>The medium named in the parentheses.</summary>
    public IssnType Type { get; init; }

    /// <summary><see langword="true"/> when <see cref="Value"/> is an ISSN whose mod-11 check character is right.</summary>
    public bool IsValidChecksum { get; init; }
}
