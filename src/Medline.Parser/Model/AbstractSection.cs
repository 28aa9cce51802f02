namespace Medline.Parser.Model;

/// <summary>One labelled section of a structured abstract: <c>RESULTS: ...</c>.</summary>
/// <param name="Label">The upper-case label without its colon (<c>PATIENT CONCERNS</c>), or <see langword="null"/> for text before the first label.</param>
/// <param name="Text">The section text.</param>
public sealed record AbstractSection(string? Label, string Text);
