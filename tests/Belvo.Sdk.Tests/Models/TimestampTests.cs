using Belvo.Sdk.Tests.Infrastructure;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Runs alone: it changes the process's local time zone while it reads.</summary>
[CollectionDefinition(nameof(LocalTimeZoneGroup), DisableParallelization = true)]
public sealed class LocalTimeZoneGroup;

/// <summary>
/// Belvo sends some timestamps without an offset (Chile's invoice and tax-status times, in its own examples). They
/// read as UTC with the clock time Belvo sent, whatever the time zone of the machine running the code; timestamps
/// with an offset keep it.
/// </summary>
[Collection(nameof(LocalTimeZoneGroup))]
public sealed class TimestampTests : IDisposable
{
    private static readonly Guid LinkId = Guid.Parse("8848bd0c-9c7e-4f53-a732-ec896b11d4c4");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/Santiago")]
    [InlineData("Asia/Tokyo")]
    public async Task A_timestamp_without_an_offset_reads_as_utc_in_every_local_time_zone(string localZone)
    {
        _belvo.Respond("GET", $"/api/links/{LinkId}/", 200, $$"""
            {"id": "{{LinkId}}", "institution": "erebor_mx_retail", "access_mode": "single", "status": "valid",
             "created_at": "2024-03-06T11:25:40", "last_accessed_at": "2024-03-06T11:25:40.123-03:00"}
            """);
        var client = _belvo.CreateClient();

        var link = await InZone(localZone, () => client.Links.GetAsync(LinkId));

        Assert.Equal(new DateTimeOffset(2024, 3, 6, 11, 25, 40, TimeSpan.Zero), link.CreatedAt);
        Assert.Equal(TimeSpan.Zero, link.CreatedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 11, 25, 40, 123, TimeSpan.FromHours(-3)), link.LastAccessedAt);
        Assert.Equal(TimeSpan.FromHours(-3), link.LastAccessedAt!.Value.Offset);
    }

    /// <summary>Runs <paramref name="read"/> with the process's local time zone set to <paramref name="zone"/> (TZ, as on Linux and macOS).</summary>
    private static async Task<T> InZone<T>(string zone, Func<Task<T>> read)
    {
        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.Equal(zone == "UTC" ? TimeSpan.Zero : TimeZoneInfo.FindSystemTimeZoneById(zone).BaseUtcOffset, TimeZoneInfo.Local.BaseUtcOffset);
            return await read();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
