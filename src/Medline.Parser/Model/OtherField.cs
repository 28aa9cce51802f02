namespace Medline.Parser.Model;

/// <summary>
/// A field the typed model has no place for, kept as it was read: an unknown or legacy tag, a malformed line, a
/// repeated single-valued tag, or a value its grammar could not parse.
/// </summary>
/// <param name="Tag">The tag as written; empty for a malformed or orphan line.</param>
/// <param name="Value">The value, continuation lines joined.</param>
/// <param name="Line">The 1-based line where the field starts.</param>
public sealed record OtherField(string Tag, string Value, int Line);
