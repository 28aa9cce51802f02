using FsCheck;
using FsCheck.Fluent;

namespace Medline.Parser.Testing;

/// <summary>
/// FsCheck generators over the fixtures and their damaged variants, for property tests such as "whatever the defect,
/// my importer reports what the reader reports". Register with <c>[Property(Arbitrary = [typeof(MedlineArbitraries)])]</c>.
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

    /// <summary>The arbitrary of <see cref="FixtureGen"/> (no shrinking: a fixture is already small).</summary>
    public static Arbitrary<MedlineFixture> Fixtures() => FixtureGen.ToArbitrary();

    /// <summary>The arbitrary of <see cref="DamagedInputGen"/> (no shrinking).</summary>
    public static Arbitrary<DamagedInput> DamagedInputs() => DamagedInputGen.ToArbitrary();
}
