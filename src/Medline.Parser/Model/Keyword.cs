namespace Medline.Parser.Model;

/// <summary>A keyword (OT) with the owner of its list (OTO).</summary>
/// <param name="Text">The keyword, without a leading major-topic <c>*</c>.</param>
/// <param name="Owner">The list's owner (<c>NOTNLM</c>, <c>NLM</c>, <c>KIE</c>…), when an OTO line precedes it.</param>
/// <param name="MajorTopic">Whether the keyword was marked major with a leading <c>*</c> (KIE, PIP, NASA terms).</param>
public sealed record Keyword(string Text, string? Owner, bool MajorTopic);
