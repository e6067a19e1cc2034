using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Http;

namespace Belvo.Sdk.Testing.Querying;

/// <summary>
/// Django REST framework page-number pagination as Belvo serves it: <c>{count, next, previous, results}</c>,
/// <c>page</c> (1-based, or <c>last</c>) and <c>page_size</c> (capped at 1000). <c>next</c> and <c>previous</c>
/// are absolute URLs on the emulator that keep every other query parameter.
/// </summary>
internal static class Paginator
{
    public const int MaxPageSize = 1000;

    public static ApiResponse Page(IReadOnlyList<JsonObject> items, ApiRequest request, Uri baseAddress, int defaultPageSize, ApiErrors errors)
    {
        var pageSize = ReadPageSize(request.QueryValue("page_size"), defaultPageSize);
        var pageCount = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var rawPage = request.QueryValue("page");
        int page;
        if (rawPage is null)
        {
            page = 1;
        }
        else if (rawPage == "last")
        {
            page = pageCount;
        }
        else if (!int.TryParse(rawPage, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > pageCount)
        {
            return errors.Error(404, ErrorCodes.NotFound, "Invalid page.");
        }

        var results = new JsonArray();
        foreach (var item in items.Skip((page - 1) * pageSize).Take(pageSize))
        {
            results.Add((JsonNode)item); // not Add<JsonObject>, which serialises with reflection (not trim/AOT safe)
        }

        var body = new JsonObject
        {
            ["count"] = items.Count,
            ["next"] = page < pageCount ? Link(request, baseAddress, page + 1) : null,
            ["previous"] = page > 1 ? Link(request, baseAddress, page - 1) : null,
            ["results"] = FieldSelection.Apply(results, request),
        };
        return ApiResponse.FromJson(200, body);
    }

    private static int ReadPageSize(string? raw, int defaultPageSize) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size >= 1
            ? Math.Min(size, MaxPageSize)
            : defaultPageSize;

    /// <summary>The same URL with <c>page</c> set (or removed for page 1, as DRF does), other parameters in their order.</summary>
    private static string Link(ApiRequest request, Uri baseAddress, int page)
    {
        var pairs = request.Query.Where(p => p.Key != "page").ToList();
        if (page > 1)
        {
            var position = request.Query.Select((p, i) => (p, i)).Where(x => x.p.Key == "page").Select(x => x.i).DefaultIfEmpty(pairs.Count).First();
            pairs.Insert(Math.Min(position, pairs.Count), new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        var url = new StringBuilder(baseAddress.GetLeftPart(UriPartial.Authority)).Append(request.Path);
        for (var i = 0; i < pairs.Count; i++)
        {
            url.Append(i == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(pairs[i].Key))
                .Append('=')
                .Append(Uri.EscapeDataString(pairs[i].Value));
        }

        return url.ToString();
    }
}
