namespace Medline.Parser.Testing;

/// <summary>What <see cref="MedlineGenerator"/> makes: which record kinds, and how many records it damages.</summary>
public sealed record MedlineGeneratorOptions
{
    /// <summary>The defects a generated record can get: the ones that stay inside one record of an export.</summary>
    /// <remarks>
    /// Not <see cref="DamageKind.LostBlankLine"/> (it joins two records), <see cref="DamageKind.Truncated"/> (it loses
    /// the records after it) nor <see cref="DamageKind.ByteOrderMark"/> (only the start of a file can have one).
    /// </remarks>
    public static IReadOnlyList<DamageKind> RecordDamageKinds { get; } =
    [
        DamageKind.LostIndentation, DamageKind.Flattened, DamageKind.CrlfLineEnds, DamageKind.UnknownTag,
        DamageKind.BadDate, DamageKind.BadPmid, DamageKind.ControlCharacter, DamageKind.ReplacementCharacter,
        DamageKind.RepeatedSingleton,
    ];

    /// <summary>The default options: every record kind, no damage.</summary>
    public static MedlineGeneratorOptions Default { get; } = new();

    /// <summary>
    /// The record kinds to draw from, each as likely; every kind when empty (the default). A retraction or erratum kind
    /// (either side) makes the pair: the article, then its notice, naming each other by PMID.
    /// </summary>
    public IReadOnlyList<MedlineFixtureKind> Kinds { get; init; } = [];

    /// <summary>
    /// The probability, from 0 (the default) to 1, that a record is damaged with one of <see cref="RecordDamageKinds"/>.
    /// The damage does not change which citations are generated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not a number from 0 to 1.</exception>
    public double DamageRate
    {
        get;
        init => field = value is >= 0 and <= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(DamageRate), value, "a damage rate is a number from 0 to 1");
    }
}
