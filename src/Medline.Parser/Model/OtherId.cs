namespace Medline.Parser.Model;

/// <summary>An other identifier (OID): <c>NLM: PMC38908</c>, or a bare ERIC number <c>ED189449</c>.</summary>
public sealed record OtherId
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The source before <c>: </c> (<c>NLM</c>, <c>NRCBL</c>), or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>The identifier (<c>PMC38908</c>, <c>EMS68408 [Available on 12/01/16]</c>).</summary>
    public required string Value { get; init; }
}
