using System.Buffers.Binary;
using Belvo.Sdk.Testing.Tests.Infrastructure;

namespace Belvo.Sdk.Testing.Tests;

public sealed class MfaTests
{
    [Fact]
    public async Task Numeric_challenge_leaves_the_link_unconfirmed_until_resumed_with_the_token()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var (session, link, data) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaNumericUsername), "numeric", expectsUserInput: true);

        Assert.Matches("^[0-9]{6}$", (string?)data["value"]);
        Assert.Equal("unconfirmed", (string?)(await api.Get($"/api/links/{link}/")).Object["status"]);
        (await api.Post("/api/accounts/", new { link })).AssertError(400, "unconfirmed_link");

        var resumed = await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken });

        Assert.Equal(200, resumed.Code);
        Assert.Equal("valid", (string?)resumed.Object["status"]);
        Assert.Equal(link, (string?)resumed.Object["id"]);
        (await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");
    }

    [Fact]
    public async Task A_wrong_token_gets_400_and_the_session_can_still_be_completed()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (session, link, _) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaTextUsername), "text", expectsUserInput: true);

        (await api.Patch("/api/links/", new { session, link, token = "000000" })).AssertError(400, "invalid_token", "token");
        (await api.Patch("/api/links/", new { session, link })).AssertError(400, "required", "token");

        Assert.Equal(200, (await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken })).Code);
    }

    [Fact]
    public async Task Unknown_sessions_or_a_mismatched_link_get_session_expired()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (session, link, _) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaNumericUsername), "numeric", expectsUserInput: true);

        (await api.Patch("/api/links/", new { session = "0123456789abcdef0123456789abcdef", link, token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");
        (await api.Patch("/api/links/", new { session, link = Guid.NewGuid().ToString(), token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");
        (await api.Patch("/api/accounts/", new { session, link, token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");
        (await api.Patch("/api/links/", new { link })).AssertError(400, "required", "session");
        Assert.Equal(200, (await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken })).Code);
    }

    [Fact]
    public async Task Qr_challenge_value_is_a_base64_png()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var (_, _, data) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaQrUsername), "qr", expectsUserInput: true);

        var png = Convert.FromBase64String((string)data["value"]!);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.InRange(width, 50, 400);
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }

    [Fact]
    public async Task Text_challenge_asks_the_security_question()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var (_, _, data) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaTextUsername), "text", expectsUserInput: true);

        Assert.Equal(EmulatorCredentials.SecurityQuestion, (string?)data["value"]);
    }

    [Fact]
    public async Task Device_token_challenge_is_inputless_without_a_value_but_needs_the_token()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (session, link, data) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaDeviceTokenUsername), "inputless", expectsUserInput: true);

        Assert.Null(data["value"]);
        (await api.Patch("/api/links/", new { session, link })).AssertError(400, "required", "token");
        Assert.Equal(200, (await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken })).Code);
    }

    [Fact]
    public async Task Confirm_on_another_device_resumes_without_a_token()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (session, link, data) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaInputlessUsername), "inputless", expectsUserInput: false);

        Assert.Null(data["value"]);
        var resumed = await api.Patch("/api/links/", new { session, link });

        Assert.Equal(200, resumed.Code);
        Assert.Equal("valid", (string?)resumed.Object["status"]);
    }

    [Theory]
    [InlineData(EmulatorCredentials.MfaNumericUsername, "numeric")]
    [InlineData(EmulatorCredentials.MfaQrUsername, "qr")]
    [InlineData(EmulatorCredentials.MfaTextUsername, "text")]
    [InlineData(EmulatorCredentials.MfaDeviceTokenUsername, "inputless")]
    public async Task The_instructions_say_which_token_the_emulator_accepts_and_that_token_resumes_the_link(string username, string type)
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (session, link, data) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, username), type, expectsUserInput: true);

        // Answer with what the prompt says, as a person reading it would: the digits after "Emulator: enter ".
        var instructions = (string)data["instructions"]!;
        var stated = System.Text.RegularExpressions.Regex.Match(instructions, "Emulator: enter ([0-9]+)$");
        Assert.True(stated.Success, instructions);
        Assert.EndsWith(". Emulator: enter 123456", instructions, StringComparison.Ordinal);
        var resumed = await api.Patch("/api/links/", new { session, link, token = stated.Groups[1].Value });

        Assert.Equal(200, resumed.Code);
        Assert.Equal("valid", (string?)resumed.Object["status"]);
    }

    [Fact]
    public async Task The_instructions_of_a_confirm_on_another_device_challenge_say_no_token_is_needed()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var (_, _, data) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaInputlessUsername), "inputless", expectsUserInput: false);

        Assert.Equal("Confirm the login on your registered device. Emulator: no token needed, resume without one", (string?)data["instructions"]);
    }

    [Theory]
    [InlineData(EmulatorCredentials.MfaNumericUsername, "numeric")]
    [InlineData(EmulatorCredentials.MfaQrUsername, "qr")]
    public async Task A_stale_numeric_or_qr_challenge_is_replaced_by_a_new_428_with_a_new_session(string username, string type)
    {
        var clock = Emulators.Clock();
        await using var emulator = await Emulators.Start(clock);
        using var api = new ApiClient(emulator);
        var (session, link, first) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, username), type, expectsUserInput: true);

        clock.Advance(TimeSpan.FromSeconds(61));
        var again = await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken });

        var (newSession, sameLink, second) = MfaChallenge.AssertChallenge(again, type, expectsUserInput: true);
        Assert.Equal(60, again.Array[0]!["expiry"]!.GetValue<int>());
        Assert.NotEqual(session, newSession);
        Assert.Equal(link, sameLink);
        Assert.NotEqual((string?)first["value"], (string?)second["value"]);
        (await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");

        clock.Advance(TimeSpan.FromSeconds(59));
        var resumed = await api.Patch("/api/links/", new { session = newSession, link, token = EmulatorCredentials.MfaToken });
        Assert.Equal(200, resumed.Code);
    }

    [Fact]
    public async Task The_challenge_lifetime_is_configurable_and_other_challenges_only_expire_with_the_session()
    {
        var clock = Emulators.Clock();
        await using var emulator = await Emulators.Start(clock, o =>
        {
            o.MfaChallengeLifetime = TimeSpan.FromSeconds(30);
            o.MfaSessionLifetime = TimeSpan.FromMinutes(5);
        });
        using var api = new ApiClient(emulator);
        var numeric = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaNumericUsername), "numeric", expectsUserInput: true);
        var text = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaTextUsername), "text", expectsUserInput: true);
        var late = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaTextUsername), "text", expectsUserInput: true);

        clock.Advance(TimeSpan.FromSeconds(31));
        MfaChallenge.AssertChallenge(await api.Patch("/api/links/", new { session = numeric.Session, link = numeric.Link, token = EmulatorCredentials.MfaToken }), "numeric", true);
        Assert.Equal(200, (await api.Patch("/api/links/", new { session = text.Session, link = text.Link, token = EmulatorCredentials.MfaToken })).Code);

        clock.Advance(TimeSpan.FromMinutes(5));
        (await api.Patch("/api/links/", new { session = late.Session, link = late.Link, token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");
    }

    [Fact]
    public async Task A_correct_token_sent_up_front_skips_the_challenge_and_a_wrong_one_is_refused()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);

        var ok = await api.Post("/api/links/", new { institution = "heimdall_mx_retail", username = EmulatorCredentials.MfaNumericUsername, password = "p", token = EmulatorCredentials.MfaToken });
        var wrong = await api.Post("/api/links/", new { institution = "heimdall_mx_retail", username = EmulatorCredentials.MfaNumericUsername, password = "p", token = "999999" });

        Assert.Equal(201, ok.Code);
        Assert.Equal("valid", (string?)ok.Object["status"]);
        wrong.AssertError(400, "invalid_token");
    }

    [Fact]
    public async Task Retrieving_on_an_mfa_link_answers_428_once_per_call_and_resumes_on_the_same_resource()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var (session, link, _) = MfaChallenge.AssertChallenge(await MfaChallenge.Register(api, EmulatorCredentials.MfaNumericUsername), "numeric", true);
        await api.Patch("/api/links/", new { session, link, token = EmulatorCredentials.MfaToken });

        var challenge = MfaChallenge.AssertChallenge(await api.Post("/api/accounts/", new { link }), "numeric", true);
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Accounts));
        (await api.Patch("/api/transactions/", new { session = challenge.Session, link, token = EmulatorCredentials.MfaToken })).AssertError(400, "session_expired");
        var resumed = await api.Patch("/api/accounts/", new { session = challenge.Session, link, token = EmulatorCredentials.MfaToken });

        Assert.Equal(201, resumed.Code);
        Assert.Equal(resumed.Array.Count, emulator.Store.Count(EmulatorResource.Accounts));

        var second = MfaChallenge.AssertChallenge(await api.Post("/api/transactions/", new { link, date_from = "2024-05-01", date_to = "2024-05-10" }), "numeric", true);
        var notSaved = await api.Patch("/api/transactions/", new { session = second.Session, link, token = EmulatorCredentials.MfaToken, save_data = false });
        Assert.Equal(200, notSaved.Code);
        Assert.NotEmpty(notSaved.Array);
        Assert.Equal(0, emulator.Store.Count(EmulatorResource.Transactions));

        var upFront = await api.Post("/api/owners/", new { link, token = EmulatorCredentials.MfaToken });
        Assert.Equal(201, upFront.Code);
    }

    [Fact]
    public async Task Retrieve_mfa_can_be_turned_off()
    {
        await using var emulator = await Emulators.Start(configure: o => o.RequireMfaOnRetrieve = false);
        using var api = new ApiClient(emulator);
        var link = (await api.Post("/api/links/", new { institution = "gotham_co_business", username = EmulatorCredentials.MfaQrUsername, password = "p", access_mode = "single", token = EmulatorCredentials.MfaToken })).Object;

        Assert.Equal(201, (await api.Post("/api/accounts/", new { link = (string)link["id"]! })).Code);
    }

    [Fact]
    public async Task Updating_credentials_of_an_mfa_link_asks_for_a_token_and_resumes_on_links()
    {
        await using var emulator = await Emulators.Start();
        using var api = new ApiClient(emulator);
        var created = await api.Post("/api/links/", new { institution = "gotham_mx_business", username = EmulatorCredentials.MfaInputlessUsername, password = "p", access_mode = "single", token = EmulatorCredentials.MfaToken });
        var link = (string)created.Object["id"]!;

        var (session, _, _) = MfaChallenge.AssertChallenge(await api.Put($"/api/links/{link}/", new { password = "new" }), "inputless", expectsUserInput: false);
        Assert.Equal("token_required", (string?)(await api.Get($"/api/links/{link}/")).Object["status"]);

        var resumed = await api.Patch("/api/links/", new { session, link });
        Assert.Equal(200, resumed.Code);
        Assert.Equal("valid", (string?)resumed.Object["status"]);
    }
}
