using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class LinksTests : IDisposable
{
    private const string Collection = "/api/links/";
    private const string Item = "/api/links/" + LinkIdText + "/";
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The link example (see Payloads/README.md), read into its types.</summary>
    private static void AssertIsSpecLink(Link link)
    {
        Assert.Equal(LinkId, link.Id);
        Assert.Equal("erebor_mx_retail", link.Institution);
        Assert.Equal(LinkAccessMode.Recurrent, link.AccessMode);
        Assert.Equal(LinkStatus.Valid, link.Status);
        Assert.Equal(LinkRefreshRate.SevenDays, link.RefreshRate);
        Assert.Equal(DateTimeOffset.Parse("2019-09-27T13:02:03.584Z", CultureInfo.InvariantCulture), link.LastAccessedAt);
        Assert.Equal(DateTimeOffset.Parse("2022-02-09T08:45:50.406032Z", CultureInfo.InvariantCulture), link.CreatedAt);
        Assert.Equal(Guid.Parse("bcef7f35-67f2-4b19-b009-cb38795faf09"), link.CreatedBy);
        Assert.Equal("56ab5706-6e00-48a4-91c9-ca55968678d9", link.ExternalId);
        Assert.Equal("sooE7XJWEKypZJR603ecaWYk-8Ap0oD8Nr1pBQ4eG9c=", link.InstitutionUserId);
    }

    private static LinkRegisterRequest FullRegisterRequest() => new()
    {
        Institution = "tatooine_mx_fiscal",
        Username = "ABCD111111A11",
        Password = "end-user-password",
        Username2 = "second-user",
        Username3 = "third-user",
        Password2 = "end-user-password-2",
        ExternalId = "crm-001",
        AccessMode = LinkAccessMode.Single,
        CredentialsStorage = "30d",
        FetchHistorical = true,
        UsernameType = "001",
        Certificate = "Y2VydGlmaWNhdGU=",
        PrivateKey = "cHJpdmF0ZS1rZXk=",
    };

    private static LinkUpdateCredentialsRequest FullUpdateCredentialsRequest() => new()
    {
        Password = "new-password",
        Password2 = "new-password-2",
        Token = "654321",
    };

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_links()
    {
        var next = _belvo.BaseAddress + "api/links/?page=2";
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(2, next, BelvoTestServer.PayloadNode("link")), c => c.Links.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(2, page.Count);
        Assert.Equal(next, page.Next);
        Assert.Null(page.Previous);
        AssertIsSpecLink(Assert.Single(page.Results));
    }

    [Fact]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var other = Guid.Parse("bcef7f35-67f2-4b19-b009-cb38795faf09");
        var options = new LinkListOptions
        {
            Page = 3,
            PageSize = 50,
            AccessMode = LinkAccessMode.Single,
            CreatedAt = new ComparisonFilter<DateOnly>
            {
                EqualTo = new DateOnly(2024, 1, 2),
                GreaterThan = new DateOnly(2024, 1, 2),
                GreaterThanOrEqual = new DateOnly(2024, 1, 1),
                LessThan = new DateOnly(2024, 1, 31),
                LessThanOrEqual = new DateOnly(2024, 2, 1),
                Range = (new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31)),
            },
            CreatedByNotIn = [other, LinkId],
            ExternalId = "crm-001",
            ExternalIdIn = ["crm-001", "crm-002"],
            Id = LinkId,
            IdIn = [LinkId, other],
            Institution = "erebor_mx_retail",
            InstitutionIn = ["erebor_mx_retail", "gotham_co_business"],
            InstitutionUserId = "sooE7XJWEKypZJR603ecaWYk-8Ap0oD8Nr1pBQ4eG9c=",
            InstitutionUserIdIn = ["user-a", "user-b"],
            RefreshRate = LinkRefreshRate.SevenDays,
            Status = LinkStatus.Valid,
            StatusIn = [LinkStatus.Valid, LinkStatus.TokenRequired],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Links.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page"] = "3",
            ["page_size"] = "50",
            ["access_mode"] = "single",
            ["created_at"] = "2024-01-02",
            ["created_at__gt"] = "2024-01-02",
            ["created_at__gte"] = "2024-01-01",
            ["created_at__lt"] = "2024-01-31",
            ["created_at__lte"] = "2024-02-01",
            ["created_at__range"] = "2024-01-01,2024-01-31",
            ["created_by__not_in"] = $"{other},{LinkId}",
            ["external_id"] = "crm-001",
            ["external_id__in"] = "crm-001,crm-002",
            ["id"] = LinkIdText,
            ["id__in"] = $"{LinkId},{other}",
            ["institution"] = "erebor_mx_retail",
            ["institution__in"] = "erebor_mx_retail,gotham_co_business",
            ["institution_user_id"] = "sooE7XJWEKypZJR603ecaWYk-8Ap0oD8Nr1pBQ4eG9c=",
            ["institution_user_id__in"] = "user-a,user-b",
            ["refresh_rate"] = "7d",
            ["status"] = "valid",
            ["status__in"] = "valid,token_required",
        });
    }

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_links()
    {
        var (links, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOf(1, null, BelvoTestServer.PayloadNode("link")),
            c => c.Links.ListAsync(new LinkListOptions { Institution = "erebor_mx_retail" }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["institution"] = "erebor_mx_retail" });
        AssertIsSpecLink(Assert.Single(links));
    }

    [Fact]
    public async Task GetAsync_gets_the_link_by_id_with_and_without_field_selection()
    {
        var link = await _belvo.AssertGetsWithAndWithoutSelectionAsync(Item, BelvoTestServer.Payload("link"), (c, fields) => c.Links.GetAsync(LinkId, fields));

        AssertIsSpecLink(link);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_link_path_without_a_body() =>
        _belvo.AssertDeletesAsync(Item, c => c.Links.DeleteAsync(LinkId));

    [Fact]
    public async Task RegisterAsync_posts_every_field_set_in_snake_case_and_reads_the_201_link()
    {
        var request = FullRegisterRequest();

        var (link, sent) = await _belvo.CallAsync("POST", Collection, 201, BelvoTestServer.Payload("link"), c => c.Links.RegisterAsync(request));

        RequestAssert.Sent(sent, "POST", Collection, jsonBody: """
            {"institution":"tatooine_mx_fiscal","username":"ABCD111111A11","password":"end-user-password",
             "username2":"second-user","username3":"third-user","password2":"end-user-password-2",
             "external_id":"crm-001","access_mode":"single","credentials_storage":"30d","fetch_historical":true,
             "username_type":"001","certificate":"Y2VydGlmaWNhdGU=","private_key":"cHJpdmF0ZS1rZXk="}
            """);
        AssertIsSpecLink(link);
    }

    [Fact]
    public async Task RegisterAsync_leaves_out_every_field_not_set()
    {
        var (_, sent) = await _belvo.CallAsync(
            "POST", Collection, 201, BelvoTestServer.Payload("link"),
            c => c.Links.RegisterAsync(new LinkRegisterRequest { Institution = "erebor_mx_retail", Username = "bnk100", Password = "full" }));

        RequestAssert.Sent(sent, "POST", Collection, jsonBody: """{"institution":"erebor_mx_retail","username":"bnk100","password":"full"}""");
    }

    [Theory]
    [InlineData("123456", $$"""{"session":"{{Session}}","link":"{{LinkIdText}}","token":"123456"}""")]
    [InlineData(null, $$"""{"session":"{{Session}}","link":"{{LinkIdText}}"}""")]
    public async Task ResumeAsync_patches_the_collection_with_session_link_and_token_but_no_save_data(string? token, string expectedBody)
    {
        var (link, sent) = await _belvo.CallAsync("PATCH", Collection, 200, BelvoTestServer.Payload("link"), c => c.Links.ResumeAsync(Session, token, LinkId));

        RequestAssert.Sent(sent, "PATCH", Collection, jsonBody: expectedBody);
        AssertIsSpecLink(link);
    }

    [Fact]
    public async Task UpdateCredentialsAsync_puts_the_new_credentials_on_the_link_path()
    {
        var request = FullUpdateCredentialsRequest();

        var (link, sent) = await _belvo.CallAsync("PUT", Item, 200, BelvoTestServer.Payload("link"), c => c.Links.UpdateCredentialsAsync(LinkId, request));

        RequestAssert.Sent(sent, "PUT", Item, jsonBody: """
            {"password":"new-password","password2":"new-password-2","token":"654321"}
            """);
        AssertIsSpecLink(link);
    }

    [Fact]
    public async Task ChangeAccessModeAsync_patches_the_link_path_with_only_the_access_mode()
    {
        var (link, sent) = await _belvo.CallAsync(
            "PATCH", Item, 200, BelvoTestServer.Payload("link"),
            c => c.Links.ChangeAccessModeAsync(LinkId, new ChangeAccessModeRequest { AccessMode = LinkAccessMode.Single }));

        RequestAssert.Sent(sent, "PATCH", Item, jsonBody: """{"access_mode":"single"}""");
        AssertIsSpecLink(link);
    }

    [Fact]
    public async Task An_empty_link_id_is_refused_by_every_call_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Links.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Links.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Links.UpdateCredentialsAsync(Guid.Empty, new LinkUpdateCredentialsRequest { Password = "p" }));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Links.ChangeAccessModeAsync(Guid.Empty, new ChangeAccessModeRequest { AccessMode = LinkAccessMode.Single }));
        await _belvo.AssertEmptyIdRefusedAsync("link", c => c.Links.ResumeAsync(Session, "123456", Guid.Empty));
    }

    [Fact]
    public async Task Null_requests_and_an_empty_session_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertNullRequestRefusedAsync(nameof(LinkRegistration), c => c.Links.RegisterAsync(null!));
        await _belvo.AssertNullRequestRefusedAsync(nameof(LinkUpdateCredentialsRequest), c => c.Links.UpdateCredentialsAsync(LinkId, null!));
        await _belvo.AssertNullRequestRefusedAsync(nameof(ChangeAccessModeRequest), c => c.Links.ChangeAccessModeAsync(LinkId, null!));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("session", "TokenRequiredException.Session", c => c.Links.ResumeAsync(" ", "123456", LinkId));
    }

    [Fact]
    public void The_update_credentials_request_never_prints_its_passwords_or_token() =>
        AssertHidesSecrets(FullUpdateCredentialsRequest(), "new-password", "new-password-2", "654321");
}
