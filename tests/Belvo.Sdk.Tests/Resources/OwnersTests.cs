using System.Globalization;
using Belvo.Sdk.Models;
using Belvo.Sdk.Tests.Infrastructure;
using static Belvo.Sdk.Tests.Resources.ResourceTestKit;

namespace Belvo.Sdk.Tests.Resources;

public sealed class OwnersTests : IDisposable
{
    private const string Collection = "/api/owners/";
    private static readonly Guid OwnerId = Guid.Parse("2b22f123-7c3a-4518-9ac2-863eb5d4613c");
    private static readonly Guid OwnerLinkId = Guid.Parse("c38fb126-fc98-4d6c-8c80-587a97dd56cf");
    private readonly BelvoTestServer _belvo = new();

    public void Dispose() => _belvo.Dispose();

    /// <summary>The spec's <c>OwnerBankingAccount</c> owner, read into its types (the paginated example has no id).</summary>
    private static void AssertIsSpecOwner(Owner read, Guid? id)
    {
        var owner = Assert.IsType<StandardOwner>(read);
        Assert.Equal(id ?? Guid.Empty, owner.Id); // an item without an id reads as Guid.Empty
        Assert.Equal(OwnerLinkId, owner.Link);
        Assert.Equal("Maria Martinez Martin", owner.DisplayName);
        Assert.Equal("maria@acme.com", owner.Email);
        Assert.Equal("90090508357", owner.PhoneNumber);
        Assert.Equal("Retorno Gran Canaria 453 723\nCancun, COL 10447", owner.Address);
        Assert.Equal("CPF", owner.DocumentId!.DocumentType);
        Assert.Equal("235578435-S", owner.DocumentId.DocumentNumber);
        Assert.Null(owner.LastName);
        Assert.Equal(DateTimeOffset.Parse("2022-02-09T08:45:50.406032Z", CultureInfo.InvariantCulture), owner.CollectedAt);
        Assert.Equal(DateTimeOffset.Parse("2022-02-09T08:46:20.406032Z", CultureInfo.InvariantCulture), owner.CreatedAt);
    }

    [Fact]
    public async Task ListPageAsync_without_options_asks_for_1000_per_page_and_reads_typed_owners()
    {
        var (page, request) = await _belvo.CallAsync("GET", Collection, 200, BelvoTestServer.Payload("owners_page"), c => c.Owners.ListAsync().GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000" });
        Assert.Equal(108, page.Count);
        Assert.Equal("https://sandbox.belvo.com/api/{endpoint}/?page=2", page.Next);
        AssertIsSpecOwner(Assert.Single(page.Results), id: null);
    }

    [Fact]
    public async Task ListPageAsync_sends_every_filter_under_its_wire_name()
    {
        var options = new OwnerListOptions
        {
            PageSize = 10,
            Fields = ["id", "email"],
            Link = LinkId,
            LinkIn = [LinkId, OwnerLinkId],
            CreatedAt = new ComparisonFilter<DateOnly>
            {
                GreaterThan = new DateOnly(2022, 2, 9),
                GreaterThanOrEqual = new DateOnly(2022, 2, 9),
                LessThan = new DateOnly(2022, 3, 1),
                LessThanOrEqual = new DateOnly(2022, 2, 28),
                Range = (new DateOnly(2022, 2, 1), new DateOnly(2022, 2, 27)),
            },
            DisplayNameContains = "martinez",
            Email = "maria@acme.com",
            Id = OwnerId,
            IdIn = [OwnerId, OwnerLinkId],
        };

        var (_, request) = await _belvo.CallAsync("GET", Collection, 200, PageOf(0, null), c => c.Owners.ListAsync(options).GetPageAsync());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string>
        {
            ["page_size"] = "10",
            ["fields"] = "id,email",
            ["link"] = LinkIdText,
            ["link__in"] = $"{LinkId},{OwnerLinkId}",
            ["created_at__gt"] = "2022-02-09",
            ["created_at__gte"] = "2022-02-09",
            ["created_at__lt"] = "2022-03-01",
            ["created_at__lte"] = "2022-02-28",
            ["created_at__range"] = "2022-02-01,2022-02-27",
            ["display_name__icontains"] = "martinez",
            ["email"] = "maria@acme.com",
            ["id"] = OwnerId.ToString(),
            ["id__in"] = $"{OwnerId},{OwnerLinkId}",
        });
    }

    [Fact]
    public async Task ListAsync_sends_the_filters_with_the_default_page_size_and_yields_typed_owners()
    {
        var (owners, request) = await _belvo.CallAsync(
            "GET", Collection, 200, PageOfItems(BelvoTestServer.Payload("owners_retrieve")),
            c => c.Owners.ListAsync(new OwnerListOptions { Link = OwnerLinkId }).ToListAsync().AsTask());

        RequestAssert.Sent(request, "GET", Collection, new Dictionary<string, string> { ["page_size"] = "1000", ["link"] = OwnerLinkId.ToString() });
        AssertIsSpecOwner(Assert.Single(owners), OwnerId);
    }

    [Fact]
    public async Task GetAsync_gets_the_owner_by_id_with_and_without_field_selection()
    {
        var owner = await _belvo.AssertGetsWithAndWithoutSelectionAsync(
            $"{Collection}{OwnerId}/", FirstItem(BelvoTestServer.Payload("owners_retrieve")), (c, fields) => c.Owners.GetAsync(OwnerId, fields));

        AssertIsSpecOwner(owner, OwnerId);
    }

    [Fact]
    public Task DeleteAsync_sends_DELETE_to_the_owner_path_without_a_body() =>
        _belvo.AssertDeletesAsync($"{Collection}{OwnerId}/", c => c.Owners.DeleteAsync(OwnerId));

    [Theory]
    [InlineData(201, null, $$"""{"link":"{{LinkIdText}}"}""")]
    [InlineData(201, true, $$"""{"link":"{{LinkIdText}}","save_data":true}""")]
    [InlineData(200, false, $$"""{"link":"{{LinkIdText}}","save_data":false}""")]
    public async Task RetrieveAsync_posts_the_link_and_save_data_and_reads_the_owners_from_201_or_200(int status, bool? saveData, string expectedBody)
    {
        var (owners, request) = await _belvo.CallAsync(
            "POST", Collection, status, BelvoTestServer.Payload("owners_retrieve"), c => c.Owners.RetrieveAsync(new RetrieveRequest { Link = LinkId, SaveData = saveData }));

        RequestAssert.Sent(request, "POST", Collection, jsonBody: expectedBody);
        AssertIsSpecOwner(Assert.Single(owners), OwnerId);
    }

    [Theory]
    [MemberData(nameof(ResumeCases), MemberType = typeof(ResourceTestKit))]
    public async Task ResumeAsync_patches_the_collection_with_session_link_token_and_save_data(string? token, bool? saveData, string expectedBody)
    {
        var (owners, request) = await _belvo.CallAsync(
            "PATCH", Collection, 201, BelvoTestServer.Payload("owners_retrieve"), c => c.Owners.ResumeAsync(Session, token, LinkId, saveData));

        RequestAssert.Sent(request, "PATCH", Collection, jsonBody: expectedBody);
        AssertIsSpecOwner(Assert.Single(owners), OwnerId);
    }

    [Fact]
    public async Task Empty_ids_and_an_empty_session_are_refused_before_anything_is_sent()
    {
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Owners.GetAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("id", c => c.Owners.DeleteAsync(Guid.Empty));
        await _belvo.AssertEmptyIdRefusedAsync("request", c => c.Owners.RetrieveAsync(new RetrieveRequest { Link = Guid.Empty, Token = "123456" }));
        await _belvo.AssertEmptyIdRefusedAsync("link", c => c.Owners.ResumeAsync(Session, null, Guid.Empty));
        await _belvo.AssertRefusedBeforeSendingAsync<ArgumentException>("session", "TokenRequiredException.Session", c => c.Owners.ResumeAsync("", "123456", LinkId));
    }

    [Fact]
    public Task A_null_retrieve_request_is_refused_with_a_message_naming_the_request_type() =>
        _belvo.AssertNullRequestRefusedAsync(nameof(RetrieveRequest), c => c.Owners.RetrieveAsync(null!));
}
