using System.Text.Json.Nodes;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;
using Belvo.Sdk.Tests.Integration;

namespace Belvo.Sdk.Tests.Mfa;

/// <summary>
/// The <c>…WithMfaAsync</c> helpers through the public API against the emulator: every MFA kind, new
/// challenges after an expired code, session expiry, rejected tokens, round limits and cancellation. The
/// emulator's clock is a fake one; "the end user takes a minute" is a clock advance inside the handler.
/// </summary>
public sealed class MfaFlowTests : IAsyncLifetime
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private EmulatorHarness _belvo = null!;
    private readonly List<MfaChallenge> _challenges = [];

    public async Task InitializeAsync() => _belvo = await EmulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _belvo.DisposeAsync();

    private MfaOptions Options(int maxRounds = 5, int maxRestarts = 1) =>
        new() { MaxRounds = maxRounds, MaxRestarts = maxRestarts, TimeProvider = _belvo.Clock };

    /// <summary>A handler that records each challenge, then answers as <paramref name="answer"/> says.</summary>
    private MfaChallengeHandler Answer(Func<MfaChallenge, string?> answer) => (challenge, _) =>
    {
        _challenges.Add(challenge);
        return ValueTask.FromResult(answer(challenge));
    };

    private MfaChallengeHandler AnswerWithToken() => Answer(_ => EmulatorCredentials.MfaToken);

    private Task<Link> RegisterWithMfa(string username, MfaChallengeHandler handler, MfaOptions? options = null, CancellationToken cancellationToken = default) =>
        _belvo.Client.Links.RegisterWithMfaAsync(EmulatorHarness.Registration(username), handler, options ?? Options(), cancellationToken: cancellationToken);

    private JsonObject PatchBody(int index = 0) =>
        JsonNode.Parse(_belvo.RequestsTo("PATCH", "/api/links/")[index].Body)!.AsObject();

    [Fact]
    public async Task Numeric_code_is_shown_with_its_expiry_and_the_typed_token_confirms_the_link()
    {
        var link = await RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, AnswerWithToken());

        Assert.Equal(LinkStatus.Valid, link.Status);
        var challenge = Assert.Single(_challenges);
        Assert.Equal("numeric", challenge.Type);
        Assert.Matches("^[0-9]{6}$", challenge.Value);
        Assert.True(challenge.ExpectsUserInput);
        Assert.Equal(1, challenge.Round);
        Assert.Equal(0, challenge.Restarts);
        Assert.Null(challenge.PreviousRejection);
        Assert.Null(challenge.QrCodePng);
        Assert.Equal(EmulatorHarness.Epoch.AddSeconds(60), challenge.ExpiresAt);
        Assert.Equal(link.Id, challenge.Link);
        Assert.Matches("^[0-9a-f]{32}$", challenge.Session);

        var body = PatchBody();
        Assert.Equal(challenge.Session, (string?)body["session"]);
        Assert.Equal(link.Id.ToString(), (string?)body["link"]);
        Assert.Equal(EmulatorCredentials.MfaToken, (string?)body["token"]);
    }

    [Fact]
    public async Task Qr_code_is_decoded_to_png_bytes()
    {
        var link = await RegisterWithMfa(EmulatorCredentials.MfaQrUsername, AnswerWithToken());

        Assert.Equal(LinkStatus.Valid, link.Status);
        var challenge = Assert.Single(_challenges);
        Assert.Equal("qr", challenge.Type);
        var png = challenge.QrCodePng;
        Assert.NotNull(png);
        Assert.True(png.Length > PngSignature.Length);
        Assert.Equal(PngSignature, png[..PngSignature.Length]);
        Assert.Equal(Convert.FromBase64String(challenge.Value!), png);
    }

    [Fact]
    public async Task Security_question_is_shown_and_its_answer_confirms_the_link()
    {
        var link = await RegisterWithMfa(
            EmulatorCredentials.MfaTextUsername,
            Answer(c => c.Value == EmulatorCredentials.SecurityQuestion ? EmulatorCredentials.MfaToken : "wrong question"));

        Assert.Equal(LinkStatus.Valid, link.Status);
        var challenge = Assert.Single(_challenges);
        Assert.Equal("text", challenge.Type);
        Assert.True(challenge.ExpectsUserInput);
        Assert.Equal(EmulatorHarness.Epoch.AddSeconds(720), challenge.ExpiresAt);
    }

    [Fact]
    public async Task Confirm_on_another_device_resumes_without_a_token()
    {
        var link = await RegisterWithMfa(EmulatorCredentials.MfaInputlessUsername, Answer(_ => null));

        Assert.Equal(LinkStatus.Valid, link.Status);
        var challenge = Assert.Single(_challenges);
        Assert.Equal("inputless", challenge.Type);
        Assert.False(challenge.ExpectsUserInput);
        Assert.Null(challenge.Value);
        Assert.False(PatchBody().ContainsKey("token"));
    }

    [Fact]
    public async Task Device_token_has_no_challenge_value_but_expects_the_token_from_the_device()
    {
        var link = await RegisterWithMfa(EmulatorCredentials.MfaDeviceTokenUsername, AnswerWithToken());

        Assert.Equal(LinkStatus.Valid, link.Status);
        var challenge = Assert.Single(_challenges);
        Assert.Equal("inputless", challenge.Type);
        Assert.True(challenge.ExpectsUserInput);
        Assert.Null(challenge.Value);
        Assert.Equal(EmulatorCredentials.MfaToken, (string?)PatchBody()["token"]);
    }

    [Theory]
    [InlineData(EmulatorCredentials.MfaNumericUsername)]
    [InlineData(EmulatorCredentials.MfaQrUsername)]
    public async Task A_code_answered_after_it_expired_gets_a_new_challenge_in_the_same_flow(string username)
    {
        var link = await RegisterWithMfa(username, Answer(challenge =>
        {
            if (challenge.Round == 1)
            {
                _belvo.Clock.Advance(TimeSpan.FromSeconds(61)); // the end user took just over a minute
            }

            return EmulatorCredentials.MfaToken;
        }));

        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.Equal(2, _challenges.Count);
        Assert.Equal([1, 2], _challenges.Select(c => c.Round));
        Assert.NotEqual(_challenges[0].Session, _challenges[1].Session);
        Assert.NotEqual(_challenges[0].Value, _challenges[1].Value);
        Assert.Equal(_challenges[0].Link, _challenges[1].Link);
        Assert.Equal(EmulatorHarness.Epoch.AddSeconds(61 + 60), _challenges[1].ExpiresAt);
        Assert.Equal(0, _challenges[1].Restarts);
        Assert.Single(_belvo.RequestsTo("POST", "/api/links/"));
        Assert.Equal([428, 200], _belvo.RequestsTo("PATCH", "/api/links/").Select(r => r.StatusCode));
        Assert.Equal(1, _belvo.Emulator.Store.Count(EmulatorResource.Links));
    }

    [Fact]
    public async Task An_expired_session_starts_the_registration_again()
    {
        var link = await RegisterWithMfa(EmulatorCredentials.MfaTextUsername, Answer(challenge =>
        {
            if (challenge.Round == 1)
            {
                _belvo.Clock.Advance(TimeSpan.FromSeconds(721)); // past the 720 s session lifetime
            }

            return EmulatorCredentials.MfaToken;
        }));

        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.Equal(2, _challenges.Count);
        Assert.Equal(1, _challenges[1].Restarts);
        Assert.NotEqual(_challenges[0].Link, _challenges[1].Link);
        Assert.Equal(link.Id, _challenges[1].Link);
        Assert.Equal(2, _belvo.RequestsTo("POST", "/api/links/").Count);
        Assert.Equal([400, 200], _belvo.RequestsTo("PATCH", "/api/links/").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Without_restarts_an_expired_session_is_thrown_with_its_request_id()
    {
        var handler = Answer(_ =>
        {
            _belvo.Clock.Advance(TimeSpan.FromSeconds(721));
            return EmulatorCredentials.MfaToken;
        });

        var ex = await Assert.ThrowsAsync<SessionExpiredException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaTextUsername, handler, Options(maxRestarts: 0)));

        Assert.Equal("session_expired", ex.ErrorCode);
        Assert.Matches("^[0-9a-f]{32}$", ex.RequestId);
        Assert.Single(_challenges);
        Assert.Single(_belvo.RequestsTo("POST", "/api/links/"));
    }

    [Fact]
    public async Task A_rejected_token_asks_again_for_the_same_challenge()
    {
        var link = await RegisterWithMfa(
            EmulatorCredentials.MfaNumericUsername,
            Answer(c => c.Round == 1 ? "000000" : EmulatorCredentials.MfaToken));

        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.Equal(2, _challenges.Count);
        Assert.Equal(_challenges[0].Session, _challenges[1].Session);
        var rejection = Assert.IsType<InvalidRequestException>(_challenges[1].PreviousRejection);
        Assert.Equal("invalid_token", rejection.ErrorCode);
        Assert.Equal("token", Assert.Single(rejection.FieldErrors).Field);
    }

    [Fact]
    public async Task Wrong_tokens_give_up_after_MaxRounds_with_the_last_challenge_and_rejection()
    {
        var ex = await Assert.ThrowsAsync<MfaRoundsExceededException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, Answer(_ => "000000"), Options(maxRounds: 3)));

        Assert.Equal(3, ex.Rounds);
        Assert.Equal(3, _challenges.Count);
        Assert.Equal(3, _belvo.RequestsTo("PATCH", "/api/links/").Count);
        Assert.Equal("invalid_token", ex.LastRejection?.ErrorCode);
        Assert.Equal(_challenges[^1].Session, ex.LastChallenge.Session);
        Assert.Same(ex.LastChallenge, ex.InnerException);
        Assert.Equal(ex.LastChallenge.RequestId, ex.RequestId);
        Assert.Equal(428, (int?)ex.StatusCode);
        Assert.Contains("3 round(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codes_that_keep_expiring_give_up_after_MaxRounds_without_a_further_request()
    {
        var handler = Answer(_ =>
        {
            _belvo.Clock.Advance(TimeSpan.FromSeconds(61));
            return EmulatorCredentials.MfaToken;
        });

        var ex = await Assert.ThrowsAsync<MfaRoundsExceededException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, handler, Options(maxRounds: 2)));

        Assert.Equal(2, ex.Rounds);
        Assert.Null(ex.LastRejection);
        Assert.Equal(2, _challenges.Count);
        Assert.Equal(2, _belvo.RequestsTo("PATCH", "/api/links/").Count);
        Assert.Equal(_challenges[^1].Session, (string?)PatchBody(1)["session"]);
        Assert.DoesNotContain(ex.LastChallenge.Session, _challenges.Select(c => c.Session)); // the third challenge was not shown
    }

    [Fact]
    public async Task Cancelling_while_the_end_user_is_prompted_stops_the_flow_without_resuming()
    {
        using var cancellation = new CancellationTokenSource();
        MfaChallengeHandler handler = async (challenge, cancellationToken) =>
        {
            _challenges.Add(challenge);
            await cancellation.CancelAsync(); // the end user closed the prompt
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return EmulatorCredentials.MfaToken;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, handler, cancellationToken: cancellation.Token));

        Assert.Single(_challenges);
        Assert.Empty(_belvo.RequestsTo("PATCH", "/api/links/"));
    }

    [Fact]
    public async Task A_handler_that_ignores_cancellation_is_not_followed_by_a_resume()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = Answer(_ =>
        {
            cancellation.Cancel();
            return EmulatorCredentials.MfaToken;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, handler, cancellationToken: cancellation.Token));

        Assert.Empty(_belvo.RequestsTo("PATCH", "/api/links/"));
    }

    [Fact]
    public async Task A_flow_cancelled_before_it_starts_sends_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, AnswerWithToken(), cancellationToken: cancellation.Token));

        Assert.Empty(_belvo.Emulator.Requests);
        Assert.Empty(_challenges);
    }

    [Fact]
    public async Task Invalid_options_are_refused_before_any_request()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, AnswerWithToken(), new MfaOptions { MaxRounds = 0 }));
        await Assert.ThrowsAsync<ArgumentNullException>(
            () => RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, null!));

        Assert.Empty(_belvo.Emulator.Requests);
    }

    [Fact]
    public async Task A_link_without_MFA_never_calls_the_handler()
    {
        var link = await RegisterWithMfa(EmulatorCredentials.ValidUsername, AnswerWithToken());

        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.Empty(_challenges);
    }

    [Fact]
    public async Task Errors_other_than_MFA_are_thrown_as_they_come()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(
            () => RegisterWithMfa(EmulatorCredentials.InvalidUsername, AnswerWithToken()));

        Assert.Equal("login_error", ex.ErrorCode);
        Assert.Empty(_challenges);
    }

    [Fact]
    public async Task Updating_credentials_runs_the_MFA_rounds_and_resumes_on_links()
    {
        var link = await RegisterWithMfa(EmulatorCredentials.MfaNumericUsername, AnswerWithToken());
        _challenges.Clear();

        var updated = await _belvo.Client.Links.UpdateCredentialsWithMfaAsync(
            link.Id,
            new LinkUpdateCredentialsRequest { Password = "new-password" },
            AnswerWithToken(),
            Options());

        Assert.Equal(LinkStatus.Valid, updated.Status);
        Assert.Equal(link.Id, updated.Id);
        Assert.Equal(link.Id, Assert.Single(_challenges).Link);
        Assert.Equal([428], _belvo.RequestsTo("PUT", $"/api/links/{link.Id}/").Select(r => r.StatusCode));
        Assert.Equal(200, _belvo.RequestsTo("PATCH", "/api/links/")[^1].StatusCode);
    }
}
