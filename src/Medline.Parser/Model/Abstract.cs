namespace Medline.Parser.Model;

/// <summary>The abstract: its flat text, its labelled sections when it is structured, and its copyright.</summary>
public sealed record Abstract
{
    /// <summary>The whole abstract (AB) as one text.</summary>
    public required string Text { get; init; }

    private readonly bool _splitOnDemand;
    private IReadOnlyList<AbstractSection>? _sections;

    /// <summary>Default constructor (object initializers set the members).</summary>
    public Abstract()
    {
    }

    /// <summary>
    /// The copy of a <c>with</c> expression: the sections are taken as they are now, so a copy with another
    /// <see cref="Text"/> keeps the original's sections (as when they were split eagerly).
    /// </summary>
    /// <param name="original">The abstract copied.</param>
    private Abstract(Abstract original)
    {
        Text = original.Text;
        Copyright = original.Copyright;
        _sections = original.Sections;
    }

    /// <summary>
    /// The sections of a structured abstract (<c>BACKGROUND</c>, <c>RESULTS</c>…); empty when unstructured. For a
    /// citation read from MEDLINE text they are split from <see cref="Text"/> on first use.
    /// </summary>
    public IReadOnlyList<AbstractSection> Sections
    {
        get => _sections ??= _splitOnDemand ? Grammar.AbstractSplitter.Split(Text) : [];
        init => _sections = value ?? [];
    }

    /// <summary>The copyright statement (CI).</summary>
    public string? Copyright { get; init; }

    /// <summary>Whether <see cref="Sections"/> are to be split from <see cref="Text"/> on first use (set by the citation builder).</summary>
    internal bool SplitOnDemand
    {
        init => _splitOnDemand = value;
    }

    /// <summary>Whether the sections are still to be split (the JSON writer then writes them from spans of the text).</summary>
    internal bool SectionsPending => _sections is null && _splitOnDemand;

    /// <summary>Equal text, copyright and section list (lists compare by reference, as elsewhere in the model).</summary>
    /// <param name="other">The other abstract.</param>
    public bool Equals(Abstract? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Text == other.Text && Copyright == other.Copyright && ReferenceEquals(Sections, other.Sections)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Copyright, Sections);
}
