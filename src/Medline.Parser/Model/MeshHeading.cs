namespace Medline.Parser.Model;

/// <summary>A MeSH heading (MH): <c>Pneumonia, Viral/*therapy/virology</c>.</summary>
public sealed record MeshHeading
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The descriptor name, without <c>*</c>.</summary>
    public required string Descriptor { get; init; }

    /// <summary><see langword="true"/> when the descriptor is starred (a major topic).</summary>
    public bool MajorTopic { get; init; }

    /// <summary>The qualifiers (subheadings), in order.</summary>
    public IReadOnlyList<MeshQualifier> Qualifiers { get; init => field = value ?? []; } = [];
}

/// <summary>A MeSH qualifier (subheading) of a <see cref="MeshHeading"/>.</summary>
/// <param name="Name">The qualifier name, without <c>*</c> (<c>drug therapy</c>).</param>
/// <param name="MajorTopic"><see langword="true"/> when the qualifier is starred (a major topic).</param>
public readonly record struct MeshQualifier(string Name, bool MajorTopic);
