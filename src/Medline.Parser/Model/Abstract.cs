namespace Medline.Parser.Model;

/// <summary>The abstract: its flat text, its labelled sections when it is structured, and its copyright.</summary>
public sealed record Abstract
{
    /// <summary>The whole abstract (AB) as one text.</summary>
    public required string Text { get; init; }

    // Sections given by an initializer (or read from JSON) are kept; otherwise they are split from the text on first
    // use, so that a copy made with another text (a `with` expression) splits its own.
    private readonly ValueList<AbstractSection>? _givenSections;
    private ValueList<AbstractSection>? _splitSections;

    /// <summary>Default constructor (object initializers set the members).</summary>
    public Abstract()
    {
    }

    /// <summary>The copy of a <c>with</c> expression: given sections are kept, split ones are split again from the copy's text.</summary>
    /// <param name="original">The abstract copied.</param>
    private Abstract(Abstract original)
    {
        Text = original.Text;
        Copyright = original.Copyright;
        _givenSections = original._givenSections;
    }

    /// <summary>
    /// The sections of a structured abstract (<c>BACKGROUND</c>, <c>RESULTS</c>…); empty when unstructured. Unless given,
    /// they are split from <see cref="Text"/> (as MEDLINE text holds them) on first use.
    /// </summary>
    public IReadOnlyList<AbstractSection> Sections
    {
        get => _givenSections ?? (_splitSections ??= Grammar.AbstractSplitter.Split(Text));
        init => _givenSections = ValueList<AbstractSection>.From(value);
    }

    /// <summary>The copyright statement (CI).</summary>
    public string? Copyright { get; init; }

    /// <summary>Whether the sections are still to be split (the JSON writer then writes them from spans of the text).</summary>
    internal bool SectionsPending => _givenSections is null && _splitSections is null;

    /// <summary>Equal text, copyright and sections.</summary>
    /// <param name="other">The other abstract.</param>
    public bool Equals(Abstract? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Text == other.Text && Copyright == other.Copyright && Sections.Equals(other.Sections)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Copyright, Sections);
}
