using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class CredentialErrorTests
{
    [Theory]
    [InlineData(EmulatorCredentials.ValidUsername, EmulatorCredentials.InvalidPassword, 400, "login_error")]
    [InlineData("anyone", EmulatorCredentials.InvalidPassword, 400, "login_error")]
    [InlineData(EmulatorCredentials.InvalidUsername, EmulatorCredentials.ValidPassword, 400, "login_error")]
    [InlineData(EmulatorCredentials.TooManySessionsUsername, EmulatorCredentials.ValidPassword, 400, "too_many_sessions")]
    [InlineData(EmulatorCredentials.InstitutionDownUsername, EmulatorCredentials.ValidPassword, 400, "institution_down")]
    [InlineData(EmulatorCredentials.UnexpectedErrorUsername, EmulatorCredentials.ValidPassword, 500, "unexpected_error")]
    public async Task Trigger_credentials_fail_registration_and_create_no_link(string username, string password, int status, string code)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        (await api.Post("/api/links/", new { institution = "erebor_co_retail", username, password })).AssertError(status, code);

        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Links));
    }

    [Theory]
    [InlineData(EmulatorCredentials.ValidUsername, EmulatorCredentials.ValidPassword)]
    [InlineData("bnk100", "full")]
    [InlineData("someone", "anything")]
    public async Task Any_other_pair_logs_in(string username, string password)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var result = await api.Post("/api/links/", new { institution = "heimdall_br_retail", username, password });

        Assert.Equal(201, result.Code);
        Assert.Equal("valid", (string?)result.Object["status"]);
    }
}
