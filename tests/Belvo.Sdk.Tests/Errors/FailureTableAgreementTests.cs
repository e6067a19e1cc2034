using Belvo.Sdk.Errors;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.ResponseProviders;

namespace Belvo.Sdk.Tests.Errors;

/// <summary>
/// The retry handler, <see cref="BelvoException.IsRetryable"/> and the MFA helpers all read one table
/// (<see cref="BelvoFailureTable"/>). For every row, driven through the public API against a real server: a read is
/// repeated exactly when the row says the failure is retryable, the exception says the same and is the row's type,
/// and a resume that fails this way makes the MFA flow do what the row says.
/// </summary>
public sealed class FailureTableAgreementTests : IDisposable
{
    private const string Session = "2675b703b9d4451f8d4861a3eee54449";
    private static readonly Guid LinkId = Guid.Parse("30cb4806-6e00-48a4-91c9-ca55968576c8");
    private static readonly string LinkPath = $"/api/links/{LinkId}/";

    private readonly BelvoTestServer _belvo = new();
    private readonly RecordingTimeProvider _time = new();
    private Attempts _attempts = null!;

    public void Dispose() => _belvo.Dispose();

    /// <summary>How each row of the table looks on the wire.</summary>
    private static readonly Dictionary<string, Func<IResponseBuilder>> Answers = new(StringComparer.Ordinal)
    {
        [BelvoFailureTable.ServerError.Name] = () => Error(503, "unexpected_error"),
        [BelvoFailureTable.TooManySessions.Name] = () => Error(400, "too_many_sessions"),
        [BelvoFailureTable.SessionExpired.Name] = () => Error(400, "session_expired"),
        [BelvoFailureTable.InvalidToken.Name] = () => Error(400, "invalid_token"),
        [BelvoFailureTable.InstitutionUnavailable.Name] = () => Error(400, "institution_down"),
        [BelvoFailureTable.InvalidLink.Name] = () => Error(400, "invalid_link"),
        [BelvoFailureTable.InvalidRequest.Name] = () => Error(400, "login_error"),
        [BelvoFailureTable.AuthenticationFailed.Name] = () => Error(401, "authentication_failed"),
        [BelvoFailureTable.AccessDenied.Name] = () => Error(403, "access_to_resource_denied"),
        [BelvoFailureTable.NotFound.Name] = () => Error(404, "not_found"),
        [BelvoFailureTable.RequestTimeout.Name] = () => Error(408, "request_timeout"),
        [BelvoFailureTable.TokenRequired.Name] = () => Response.Create().WithStatusCode(428).WithHeader("Content-Type", "application/json")
            .WithBody($$"""{"code":"token_required","message":"A MFA token is required","request_id":"r-428","session":"{{Session}}","link":"{{LinkId}}","expiry":600}"""),
        [BelvoFailureTable.LinkRefreshed.Name] = () => Error(409, "link_refreshed"),
        [BelvoFailureTable.TooManyRequests.Name] = () => Error(429, "too_many_requests"),
        [BelvoFailureTable.Redirect.Name] = () => Response.Create().WithStatusCode(302).WithHeader("Location", "https://elsewhere.example/api/"),
        [BelvoFailureTable.OtherStatus.Name] = () => Error(409, "conflict"),
        // Never sent: the transport stand-in below fails the connection instead (see Attempts).
        [BelvoFailureTable.ConnectionFailed.Name] = () => Response.Create().WithStatusCode(200),
        [BelvoFailureTable.TimedOut.Name] = () => Response.Create().WithStatusCode(200).WithBody("{}").WithDelay(TimeSpan.FromSeconds(5)),
        [BelvoFailureTable.UnreadableAnswer.Name] = () => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html>oops</html>"),
    };

    public static TheoryData<string> Rows() => [.. BelvoFailureTable.Rows.Select(row => row.Name)];

    [Fact]
    public void Every_row_of_the_table_has_a_wire_example_here()
    {
        Assert.Equal(BelvoFailureTable.Rows.Select(row => row.Name).Order(), Answers.Keys.Order());
        Assert.Equal(BelvoFailureTable.Rows.Count, BelvoFailureTable.Rows.Select(row => row.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_retry_handler_and_IsRetryable_agree_with_the_row(string rowName)
    {
        var row = BelvoFailureTable.Rows.Single(candidate => candidate.Name == rowName);
        _belvo.Server.Given(Request.Create().WithPath(LinkPath).UsingGet()).RespondWith(Answers[rowName]());
        var client = Client(row, "GET", o =>
        {
            o.Retry.MaxRetries = 1;
            o.Timeout = row == BelvoFailureTable.TimedOut ? TimeSpan.FromSeconds(10) : Timeout.InfiniteTimeSpan;
        });

        var call = client.Links.GetAsync(LinkId);
        if (row == BelvoFailureTable.TimedOut)
        {
            await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(10));
        }
        else if (row.IsRetryable)
        {
            await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(3));
        }

        var ex = await Assert.ThrowsAnyAsync<BelvoException>(() => call);

        Assert.Same(row, ex.Failure);
        Assert.Equal(row.IsRetryable, ex.IsRetryable);
        Assert.Equal(row.IsRetryable ? 2 : 1, _attempts.Count("GET"));
        if (row.Create is { } create)
        {
            Assert.IsType(create("m", new BelvoErrorResponse(System.Net.HttpStatusCode.BadRequest, [], null)).GetType(), ex);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_MFA_flow_reacts_to_a_failed_resume_as_the_row_says(string rowName)
    {
        var row = BelvoFailureTable.Rows.Single(candidate => candidate.Name == rowName);
        const string accounts = "/api/accounts/";
        Sequence("POST", accounts, Answers[BelvoFailureTable.TokenRequired.Name](), Ok());
        Sequence("PATCH", accounts, Answers[rowName](), Ok());
        var client = Client(row, "PATCH", o => o.InstitutionTimeout = row == BelvoFailureTable.TimedOut ? TimeSpan.FromSeconds(10) : Timeout.InfiniteTimeSpan);
        var asked = 0;

        var flow = client.Accounts.RetrieveWithMfaAsync(
            new RetrieveRequest { Link = LinkId },
            (_, _) =>
            {
                asked++;
                return ValueTask.FromResult<string?>("123456");
            });
        if (row == BelvoFailureTable.TimedOut)
        {
            Assert.Equal(TimeSpan.FromSeconds(10), await _time.NextTimerAsync()); // the retrieval's, answered at once
            await _time.ElapseNextTimerAsync(TimeSpan.FromSeconds(10)); // the resume's, which hangs
        }

        var posts = () => _attempts.Count("POST");
        var patches = () => _attempts.Count("PATCH");
        switch (row.Mfa)
        {
            case MfaReaction.AskAgain:
            case MfaReaction.NewChallenge:
                Assert.Single(await flow);
                Assert.Equal((2, 1, 2), (asked, posts(), patches()));
                break;
            case MfaReaction.Restart:
                Assert.Single(await flow);
                Assert.Equal((1, 2, 1), (asked, posts(), patches()));
                break;
            default:
                var ex = await Assert.ThrowsAnyAsync<BelvoException>(() => flow);
                Assert.Same(row, ex.Failure);
                Assert.Equal((1, 1, 1), (asked, posts(), patches()));
                break;
        }
    }

    /// <summary>A client whose attempts are counted, and whose connection fails for <paramref name="failingMethod"/> on the connection row.</summary>
    private BelvoClient Client(BelvoFailure row, string failingMethod, Action<BelvoClientOptions> configure)
    {
        _attempts = new Attempts(row == BelvoFailureTable.ConnectionFailed ? failingMethod : null);
        return new BelvoClient(
            _belvo.Options(configure),
            new BelvoPipelineOptions { TimeProvider = _time }.AddHandler(_attempts, BelvoHandlerPosition.PerAttempt));
    }

    private void Sequence(string method, string path, IResponseBuilder first, IResponseBuilder then)
    {
        var scenario = $"{method} {path}";
        _belvo.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(scenario).WillSetStateTo("answered").RespondWith(first);
        _belvo.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(scenario).WhenStateIs("answered").RespondWith(then);
    }

    private static IResponseBuilder Ok() =>
        Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody($$"""[{"id":"{{Guid.NewGuid()}}"}]""");

    private static IResponseBuilder Error(int status, string code) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
            .WithBody($$"""[{"code":"{{code}}","message":"{{code}} happened","request_id":"r-{{status}}"}]""");

    /// <summary>Counts attempts per method; stands in for a refused connection on the method it is told to fail.</summary>
    private sealed class Attempts(string? failConnectionFor) : DelegatingHandler
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Count(string method)
        {
            lock (_counts)
            {
                return _counts.GetValueOrDefault(method);
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_counts)
            {
                _counts[request.Method.Method] = _counts.GetValueOrDefault(request.Method.Method) + 1;
            }

            return request.Method.Method == failConnectionFor
                ? throw new HttpRequestException("Connection refused (127.0.0.1:1)", new System.Net.Sockets.SocketException(111))
                : base.SendAsync(request, cancellationToken);
        }
    }
}
