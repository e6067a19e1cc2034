using Belvo.Sdk.Models;
using System.Net;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Errors;

public sealed class ErrorMappingTests : IDisposable
{
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    public static TheoryData<int, string, Type> StatusCases => new()
    {
        { 400, "too_many_sessions", typeof(TooManySessionsException) },
        { 400, "session_expired", typeof(SessionExpiredException) },
        { 400, "institution_down", typeof(InstitutionUnavailableException) },
        { 400, "institution_unavailable", typeof(InstitutionUnavailableException) },
        { 400, "institution_inactive", typeof(InstitutionUnavailableException) },
        { 400, "invalid_link", typeof(InvalidLinkException) },
        { 400, "unconfirmed_link", typeof(InvalidLinkException) },
        { 400, "unsupported_operation", typeof(InvalidRequestException) },
        { 400, "invalid_period", typeof(InvalidRequestException) },
        { 401, "authentication_failed", typeof(AuthenticationFailedException) },
        { 403, "access_to_resource_denied", typeof(AccessDeniedException) },
        { 404, "not_found", typeof(ResourceNotFoundException) },
        { 405, "method_not_allowed", typeof(BelvoException) },
        { 408, "request_timeout", typeof(RequestTimeoutException) },
        { 409, "conflict", typeof(BelvoException) },
        { 500, "unexpected_error", typeof(UnexpectedErrorException) },
        { 503, "service_unavailable", typeof(UnexpectedErrorException) },
    };

    [Theory]
    [MemberData(nameof(StatusCases))]
    public async Task Each_documented_error_becomes_its_typed_exception_with_everything_Belvo_returned(int status, string code, Type expected)
    {
        var body = $$"""[{"code":"{{code}}","message":"Message for {{code}}","request_id":"a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"}]""";
        _belvo.Respond("GET", $"/api/links/{LinkId}/", status, body);
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAnyAsync<BelvoException>(() => client.Links.GetAsync(LinkId));

        Assert.IsType(expected, ex);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", ex.RequestId);
        Assert.Equal(body, ex.RawBody);
        Assert.Equal("GET", ex.Method);
        Assert.Equal($"/api/links/{LinkId}/", ex.RequestPath);
        var error = Assert.Single(ex.Errors);
        Assert.Equal($"Message for {code}", error.Message);
        Assert.Contains($"Message for {code}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", ex.Message, StringComparison.Ordinal);
        Assert.Equal(status >= 500 || code == "too_many_sessions", ex.IsRetryable);
        Assert.DoesNotContain(BelvoTestServer.SecretPassword, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_required_carries_the_MFA_session_link_expiry_and_challenge()
    {
        const string body = """
            [{"code":"token_required","message":"A MFA token is required by the institution to login",
              "request_id":"8b47d3b2f1d14f0e9a0c2e6b1d2f3a4b","session":"2675b703b9d4451f8d4861a3eee54449",
              "expiry":9600,"link":"30cb4806-6e00-48a4-91c9-ca55968576c8",
              "token_generation_data":{"instructions":"Use the following code in your token device","type":"numeric","value":"12345","expects_user_input":true}}]
            """;
        _belvo.Respond("POST", "/api/links/", 428, body);
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAsync<TokenRequiredException>(() => client.Links.RegisterAsync(new LinkRegisterRequest
        {
            Institution = "erebor_mx_retail",
            Username = "bnk100",
            Password = "end-user-password",
        }));

        Assert.Equal((HttpStatusCode)428, ex.StatusCode);
        Assert.Equal("2675b703b9d4451f8d4861a3eee54449", ex.Session);
        Assert.Equal(LinkId, ex.Link);
        Assert.Equal(TimeSpan.FromSeconds(9600), ex.Expiry);
        Assert.Equal("8b47d3b2f1d14f0e9a0c2e6b1d2f3a4b", ex.RequestId);
        Assert.Equal(new TokenGenerationData("numeric", "12345", "Use the following code in your token device", true), ex.TokenGenerationData);
        Assert.False(ex.IsRetryable);
        Assert.DoesNotContain("end-user-password", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_required_accepts_expiry_as_a_string_and_confirm_on_another_device()
    {
        const string body = """
            [{"code":"token_required","message":"MFA","request_id":"r1","session":"s1","expiry":"720",
              "link":"30cb4806-6e00-48a4-91c9-ca55968576c8",
              "token_generation_data":{"instructions":"Approve in your app","type":"inputless","value":null,"expects_user_input":false}}]
            """;
        _belvo.Respond("PATCH", "/api/links/", 428, body);
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAsync<TokenRequiredException>(() => client.Links.ResumeAsync("s0", "123", LinkId));

        Assert.Equal(TimeSpan.FromSeconds(720), ex.Expiry);
        Assert.False(ex.TokenGenerationData!.ExpectsUserInput);
        Assert.Equal("inputless", ex.TokenGenerationData.Type);
    }

    [Fact]
    public async Task Validation_errors_name_their_fields()
    {
        const string body = """
            [{"code":"required","message":"This field is required.","field":"institution","request_id":"r-1"},
             {"code":"does_not_exist","message":"Object does not exist.","field":"link","request_id":"r-1"}]
            """;
        _belvo.Respond("GET", $"/api/links/{LinkId}/", 400, body);
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => client.Links.GetAsync(LinkId));

        Assert.Equal(["institution", "link"], ex.FieldErrors.Select(e => e.Field));
        Assert.Contains("institution: This field is required.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("link: Object does not exist.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_error_object_and_a_legacy_detail_object_are_both_read()
    {
        _belvo.Respond("GET", $"/api/links/{LinkId}/", 408, """{"code":"request_timeout","message":"Too much data","request_id":"r-408"}""");
        _belvo.Respond("GET", "/api/links/", 428, """{"detail":"Token Required"}""");
        var client = _belvo.CreateClient();

        var timeout = await Assert.ThrowsAsync<RequestTimeoutException>(() => client.Links.GetAsync(LinkId));
        var legacy = await Assert.ThrowsAnyAsync<BelvoException>(() => client.Links.ListAsync().GetPageAsync());

        Assert.Equal("r-408", timeout.RequestId);
        Assert.Equal("Token Required", Assert.Single(legacy.Errors).Message);
        Assert.Equal((HttpStatusCode)428, legacy.StatusCode);
    }

    [Fact]
    public async Task An_HTML_502_from_a_proxy_is_a_BelvoException_with_a_bounded_snippet_not_a_JsonException()
    {
        var html = "<html><head><title>502 Bad Gateway</title></head><body>" + new string('x', 5000) + "</body></html>";
        _belvo.Respond("GET", $"/api/links/{LinkId}/", 502, html);
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAsync<UnexpectedErrorException>(() => client.Links.GetAsync(LinkId));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Empty(ex.Errors);
        Assert.Equal(html, ex.RawBody);
        Assert.Contains("non-JSON body: <html><head><title>502 Bad Gateway", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 500, $"Message too long: {ex.Message.Length}");
        Assert.True(ex.IsRetryable);
    }

    [Fact]
    public async Task A_success_body_that_is_not_the_documented_shape_is_a_BelvoException_with_the_body()
    {
        _belvo.Respond("GET", $"/api/links/{LinkId}/", 200, "<html>maintenance</html>");
        var client = _belvo.CreateClient();

        var ex = await Assert.ThrowsAnyAsync<BelvoException>(() => client.Links.GetAsync(LinkId));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("<html>maintenance</html>", ex.RawBody);
        Assert.NotNull(ex.InnerException);
    }
}
