using FsCheck;
using FsCheck.Fluent;

namespace Medline.Parser.Testing;

/// <summary>
/// FsCheck generators over the fixtures and their damaged variants, for property tests such as "whatever the defect,
/// my importer reports what the reader reports", and over <see cref="MedlineGenerator"/>: FsCheck draws a seed and the
/// plain generator makes the citation from it, so there is one generator. Register with
/// <c>[Property(Arbitrary = [typeof(MedlineArbitraries)])]</c>.
/// </summary>
public static class MedlineArbitraries
{
    /// <summary>One of <see cref="MedlineFixtures.All"/>.</summary>
    public static Gen<MedlineFixture> FixtureGen { get; } = Gen.Elements(MedlineFixtures.All.ToArray());

    /// <summary>A fixture with one defect of any <see cref="DamageKind"/> put in where a seed says (only where it fits).</summary>
    public static Gen<DamagedInput> DamagedInputGen { get; } =
        from fixture in FixtureGen
        from kind in Gen.Elements(Enum.GetValues<DamageKind>())
        from seed in Gen.Choose(0, int.MaxValue)
        let damaged = MedlineDamage.TryApply(fixture, kind, seed)
        where damaged is not null
        select damaged;

    /// <summary>The seeds the generator arbitraries draw; a failing case is reproduced by its seed.</summary>
    public static Gen<int> SeedGen { get; } = Gen.Choose(0, int.MaxValue);

    /// <summary>A realistic citation of any record kind, made by <see cref="MedlineGenerator"/> from a drawn seed.</summary>
    public static Gen<MedlineCitation> CitationGen { get; } = SeedGen.Select(seed => new MedlineGenerator(seed).NextCitation());

    /// <summary>
    /// A generated record of any kind, damaged one time in four (see <see cref="GeneratedRecord.ExpectedDiagnostics"/>),
    /// made by <see cref="MedlineGenerator"/> from a drawn seed.
    /// </summary>
    public static Gen<GeneratedRecord> GeneratedRecordGen { get; } =
        SeedGen.Select(seed => new MedlineGenerator(seed, new MedlineGeneratorOptions { DamageRate = 0.25 }).NextRecord());

    /// <summary>The arbitrary of <see cref="CitationGen"/> (no shrinking: a smaller citation is another seed's).</summary>
    public static Arbitrary<MedlineCitation> Citations() => CitationGen.ToArbitrary();

    /// <summary>The arbitrary of <see cref="GeneratedRecordGen"/> (no shrinking).</summary>
    public static Arbitrary<GeneratedRecord> GeneratedRecords() => GeneratedRecordGen.ToArbitrary();

    /// <summary>The arbitrary of <see cref="FixtureGen"/> (no shrinking: a fixture is already small).</summary>
    public static Arbitrary<MedlineFixture> Fixtures() => FixtureGen.ToArbitrary();

    /// <summary>The arbitrary of <see cref="DamagedInputGen"/> (no shrinking).</summary>
    public static Arbitrary<DamagedInput> DamagedInputs() => DamagedInputGen.ToArbitrary();
}
