// The code between the "docs/emulator.md" markers is shown verbatim in docs/emulator.md ("An xunit fixture");
// DocumentationTests fails when the two differ, so edit both together.
namespace Belvo.Sdk.Testing.Tests.Docs;

// docs/emulator.md: begin
/// <summary>One emulator for every test of a class: started before the first test, stopped after the last.</summary>
public sealed class BelvoEmulatorFixture : IAsyncLifetime
{
    public BelvoEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Emulator = await BelvoEmulator.StartAsync(new BelvoEmulatorOptions { Seed = 7 });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}

public sealed class InstitutionListTests(BelvoEmulatorFixture fixture) : IClassFixture<BelvoEmulatorFixture>
{
    [Fact]
    public async Task Lists_the_emulated_institutions()
    {
        using var http = fixture.Emulator.CreateClient();

        var body = await http.GetStringAsync(new Uri("/api/institutions/", UriKind.Relative));

        Assert.Contains("erebor_mx_retail", body, StringComparison.Ordinal);
    }
}
// docs/emulator.md: end
