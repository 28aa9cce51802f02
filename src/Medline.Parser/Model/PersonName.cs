namespace Medline.Parser.Model;

/// <summary>
/// A person's name split into parts, from a full form (FAU, FIR, FED, FPS: <c>Wong Kee Song, Louis M.</c>) or a
/// short form (AU, IR, ED, PS: <c>van Raaij MJ</c>, <c>Smith JA Jr</c>).
/// </summary>
internal sealed record PersonName
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The family name (<c>Wong Kee Song</c>, <c>van Raaij</c>); the whole name of a mononym.</summary>
    public required string LastName { get; init; }

    /// <summary>The given names of a full form (<c>Louis M.</c>), or <see langword="null"/>.</summary>
    public string? ForeName { get; init; }

    /// <summary>The initials of a short form (<c>MJ</c>), or <see langword="null"/>.</summary>
    public string? Initials { get; init; }

    /// <summary>A generational suffix (<c>Jr</c>, <c>Sr</c>, <c>2nd</c>, <c>3rd</c>, <c>4th</c>, <c>II</c>, <c>III</c>, <c>IV</c>), or <see langword="null"/>.</summary>
    public string? Suffix { get; init; }
}
