using StackExchange.Redis;

namespace Belvo.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>
/// The real Redis server the distributed de-duplication tests use, at BELVO_TEST_REDIS (host:port; .ci/run
/// starts one). Its absence fails those tests: they never skip.
/// </summary>
public static class TestRedis
{
    public const string Variable = "BELVO_TEST_REDIS";

    private static readonly Lazy<ConnectionMultiplexer> Connection = new(() => ConnectionMultiplexer.Connect(Address));

    public static string Address =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address
            ? address
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a real Redis server. Run 'bash .ci/run', or start one (redis-server --port 6390 --save '' --appendonly no) and set {Variable}=127.0.0.1:6390.");

    /// <summary>A connection for looking at what the cache wrote (keys, time to live).</summary>
    public static IDatabase Database => Connection.Value.GetDatabase();

    /// <summary>A key prefix no other test run uses, so tests never see each other's webhooks.</summary>
    public static string UniquePrefix() => $"belvo-tests:{Guid.NewGuid():N}:";
}
