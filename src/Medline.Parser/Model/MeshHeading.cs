using System.Diagnostics.CodeAnalysis;
namespace Medline.Parser.Model;

/// <summary>A MeSH heading (MH): <c>Pneumonia, Viral/*therapy/virology</c>.</summary>
public sealed record MeshHeading
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The descriptor name, without <c>*</c>.</summary>
    public required string Descriptor { get; init; }

    /// <summary><see langword="true"/> when the descriptor is starred (a major topic).</summary>
    public bool MajorTopic { get; init; }

    /// <summary>The qualifiers (subheadings), in order.</summary>
    [AllowNull]
    public IReadOnlyList<MeshQualifier> Qualifiers { get; init => field = ValueList<MeshQualifier>.From(value); } = ValueList<MeshQualifier>.Empty;

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(MeshHeading? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Descriptor == other.Descriptor &&
             MajorTopic == other.MajorTopic &&
             Equals(Qualifiers, other.Qualifiers)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Descriptor, MajorTopic, Qualifiers);
}

/// <summary>A MeSH qualifier (subheading) of a <see cref="MeshHeading"/>.</summary>
/// <param name="Name">The qualifier name, without <c>*</c> (<c>drug therapy</c>).</param>
/// <param name="MajorTopic"><see langword="true"/> when the qualifier is starred (a major topic).</param>
public readonly record struct MeshQualifier(string Name, bool MajorTopic);
