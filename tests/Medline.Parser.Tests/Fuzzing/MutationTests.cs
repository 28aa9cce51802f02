using System.Text;
using Medline.Parser.Fuzzing;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Fuzzing;

/// <summary>
/// The fuzzer's invariants (<see cref="MedlineInvariants"/>, shared with tests/Medline.Parser.Fuzz) over corpus records
/// damaged by <see cref="Mutator"/>: a bounded, deterministic run per seed, fast enough for every build. A failure
/// names the seed and the input, so it can be replayed (<c>Medline.Parser.Fuzz repro</c>) and kept as a named test.
/// </summary>
public class MutationTests
{
    private const int InputsPerSeed = 40;

    private static readonly Lazy<List<byte[]>> s_seeds = new(() =>
        [.. Mutator.CorpusRecords(SharedData.CorpusDirectory, 300), File.ReadAllBytes(Path.Combine(SharedData.Root, "seed", "pmid-32756149.flattened.txt"))]);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_corpus_records_keep_every_invariant(int seed)
    {
        var mutator = new Mutator(seed, s_seeds.Value);
        for (var i = 0; i < InputsPerSeed; i++)
        {
            var input = mutator.Next();
            try
            {
                MedlineInvariants.Check(input);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"seed {seed}, input {i}: {e.GetType().Name}: {e.Message}\ninput (base64): {Convert.ToBase64String(input)}\ninput: {MedlineInvariants.Escape(Encoding.UTF8.GetString(input))}", e);
            }
        }
    }

    [Fact]
    public void The_mutator_gives_the_same_inputs_for_the_same_seed_and_changes_them()
    {
        var first = new Mutator(7, s_seeds.Value);
        var second = new Mutator(7, s_seeds.Value);
        var inputs = Enumerable.Range(0, 50).Select(_ => first.Next()).ToList();

        inputs.Select(Convert.ToBase64String).Should().Equal(Enumerable.Range(0, 50).Select(_ => Convert.ToBase64String(second.Next())));
        inputs.Count(input => s_seeds.Value.Any(seed => seed.AsSpan().SequenceEqual(input))).Should().BeLessThan(5, "mutations change their seed");
    }
}
