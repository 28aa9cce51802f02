namespace Medline.Parser.Cli.Tests;

/// <summary>The baseline native build hands over to the x86-64-v3 build only where every v3 feature is enabled.</summary>
public class NativeVariantTests
{
    private const string Zen3 =
        "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\n" +
        "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx " +
        "mmxext fxsr_opt pdpe1gb rdtscp lm constant_tsc rep_good nopl nonstop_tsc cpuid extd_apicid tsc_known_freq pni pclmulqdq " +
        "ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm cmp_legacy cr8_legacy " +
        "abm sse4a misalignsse 3dnowprefetch osvw topoext ssbd ibrs ibpb stibp vmmcall fsgsbase tsc_adjust bmi1 avx2 smep bmi2 " +
        "erms invpcid rdseed adx smap clflushopt clwb sha_ni xsaveopt xsavec xgetbv1 xsaves clzero xsaveerptr arat npt nrip_save umip vaes vpclmulqdq rdpid fsrm\n" +
        "bugs\t\t: sysret_ss_attrs null_seg spectre_v1 spectre_v2\n\nprocessor\t: 1\n";

    // Sandy Bridge: AVX but no AVX2, BMI or FMA; x86-64-v2 only.
    private const string SandyBridge =
        "processor\t: 0\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 " +
        "ss ht syscall nx rdtscp lm constant_tsc pni pclmulqdq ssse3 cx16 sse4_1 sse4_2 x2apic popcnt aes xsave avx hypervisor lahf_lm\n";

    [Fact]
    public void A_cpu_with_every_v3_feature_gets_the_v3_build() =>
        NativeVariant.HasV3(Zen3).Should().BeTrue();

    [Fact]
    public void A_cpu_without_AVX2_keeps_the_baseline_build() =>
        NativeVariant.HasV3(SandyBridge).Should().BeFalse();

    [Theory]
    [InlineData("avx2")]
    [InlineData("bmi2")]
    [InlineData("movbe")]
    [InlineData("abm")]
    public void One_missing_feature_keeps_the_baseline_build(string flag) =>
        NativeVariant.HasV3(Zen3.Replace(" " + flag + " ", " ", StringComparison.Ordinal)).Should().BeFalse();

    [Fact]
    public void A_feature_name_inside_another_does_not_count()
    {
        // "avx" must be a flag of its own, not the start of "avx2" or "avx512f" (a kernel that disabled AVX state
        // lists neither).
        var noAvx = Zen3.Replace(" avx ", " ", StringComparison.Ordinal);
        noAvx.Should().Contain("avx2");
        NativeVariant.HasV3(noAvx).Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("processor\t: 0\nmodel name\t: no flags line\n")]
    [InlineData("flags")]
    public void An_unreadable_or_unusual_cpuinfo_keeps_the_baseline_build(string? cpuInfo) =>
        NativeVariant.HasV3(cpuInfo).Should().BeFalse();
}
