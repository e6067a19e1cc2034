using System.Net;
using Belvo.Sdk.Errors;
using Belvo.Sdk.Tests.Models;

namespace Belvo.Sdk.Tests.Reliability;

/// <summary>docs/reliability.md's failure table is <see cref="BelvoFailureTable"/>: same rows, exceptions, retries and MFA reactions.</summary>
public sealed class ReliabilityDocumentationTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(BelvoSpec.RepositoryRoot, "docs", "reliability.md"));

    public static TheoryData<string> Rows() => [.. BelvoFailureTable.Rows.Select(row => row.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_documented_failure_table_matches_the_code(string rowName)
    {
        var row = BelvoFailureTable.Rows.Single(candidate => candidate.Name == rowName);
        var exception = row.Create?.Invoke("m", new BelvoErrorResponse(HttpStatusCode.BadRequest, [], null)).GetType().Name
            ?? (row == BelvoFailureTable.TokenRequired ? nameof(TokenRequiredException)
                : row == BelvoFailureTable.ConnectionFailed ? nameof(BelvoConnectionException)
                : row == BelvoFailureTable.TimedOut ? nameof(BelvoTimeoutException)
                : nameof(BelvoException));
        var mfa = row.Mfa switch
        {
            MfaReaction.NewChallenge => "new challenge",
            MfaReaction.AskAgain => "ask again",
            MfaReaction.Restart => "restart",
            _ => "—",
        };

        var line = $"| `{row.Name}` | `{exception}` | {(row.IsRetryable ? "yes" : "no")} | {mfa} |";

        Assert.Contains(line, Document, StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_table_has_no_row_the_code_does_not()
    {
        var documented = Document.Split('\n')
            .SkipWhile(line => !line.StartsWith("| Failure | Exception |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Count();

        Assert.Equal(BelvoFailureTable.Rows.Count, documented);
    }
}
